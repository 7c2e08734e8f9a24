package flowcdk.example.greenhouse.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Greenhouse's addresses, or the environment's. */
class EndpointsTest {

  @Test
  void greenhouseByDefault() {
    Endpoints endpoints = Endpoints.from(Map.of());
    assertEquals("https://harvest.greenhouse.io/v3", endpoints.apiUrl());
    assertEquals("https://auth.greenhouse.io/token", endpoints.tokenUrl());
    assertEquals(
        "https://harvest.greenhouse.io/v3/candidates", endpoints.resourceUrl("candidates"));
  }

  @Test
  void theEnvironmentOverridesBoth() {
    Endpoints endpoints =
        Endpoints.from(
            Map.of(
                "GREENHOUSE_API_URL", "http://127.0.0.1:8080/v3/",
                "GREENHOUSE_TOKEN_URL", "http://127.0.0.1:8080/token"));
    assertEquals("http://127.0.0.1:8080/v3/jobs", endpoints.resourceUrl("jobs"));
    assertEquals("http://127.0.0.1:8080/token", endpoints.tokenUrl());
  }
}
