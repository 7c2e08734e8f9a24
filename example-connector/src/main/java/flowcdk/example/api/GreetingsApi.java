package flowcdk.example.api;

import flowcdk.example.models.Greeting;
import flowcdk.runtime.codec.Extras;

/** The "source": greetings are computed, the way an API client would fetch them. */
public final class GreetingsApi {

  private GreetingsApi() {}

  /** Greeting number {@code id}. */
  public static Greeting greeting(String word, long id) {
    return new Greeting(null, id, word + " #" + id, Extras.EMPTY);
  }
}
