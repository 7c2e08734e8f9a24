package flowcdk.runtime.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import flowcdk.runtime.json.RawJson;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Reads the config and state files and writes the state file. Messages about a file never quote its
 * content, since a config holds secrets: a JSON syntax error is reported by line and column only.
 */
final class JsonFiles {

  private JsonFiles() {}

  /**
   * The JSON object in {@code file}.
   *
   * @param what what the file is, for messages ("config", "state")
   * @throws UsageException if the file is missing, unreadable, not JSON or not an object
   */
  static RawJson readObject(Path file, String what) throws UsageException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw UsageException.inFile(
          "the " + what + " file " + file + " does not exist; check the path");
    } catch (IOException e) {
      throw UsageException.inFile("the " + what + " file " + file + " cannot be read: " + e);
    }
    RawJson json;
    try {
      json = RawJson.parse(bytes);
    } catch (IllegalArgumentException e) {
      throw UsageException.inFile(
          "the "
              + what
              + " file "
              + file
              + " is not valid JSON"
              + where(e)
              + "; it must hold one JSON object");
    }
    if (!json.isObject()) {
      throw UsageException.inFile(
          "the " + what + " file " + file + " must hold a JSON object ({...})");
    }
    return json;
  }

  /**
   * The state to start from: the object in {@code file}, or {@code {}} when the file does not exist
   * (the first run).
   */
  static RawJson readState(Path file) throws UsageException {
    return Files.exists(file) ? readObject(file, "state") : RawJson.EMPTY_OBJECT;
  }

  /**
   * Checks, before anything runs, that {@code file} can be written as {@code option} will write it:
   * its directory exists and is writable, and it is not itself a directory. The file itself need
   * not exist (the first run).
   *
   * @throws UsageException naming the path and the fix when it cannot be written
   */
  static void checkWritable(Path file, String option) throws UsageException {
    Path absolute = file.toAbsolutePath();
    if (Files.isDirectory(absolute)) {
      throw UsageException.inFile(
          option
              + " "
              + file
              + ": it is a directory; name a file in it, such as "
              + file.resolve("state.json"));
    }
    Path directory = absolute.getParent();
    if (directory == null) {
      return; // the root itself is a directory, handled above
    }
    if (!Files.isDirectory(directory)) {
      throw UsageException.inFile(
          option
              + " "
              + file
              + ": the directory "
              + directory
              + (Files.exists(directory) ? " is not a directory" : " does not exist")
              + "; create it or pick another path");
    }
    if (!Files.isWritable(directory)) {
      throw UsageException.inFile(
          option
              + " "
              + file
              + ": the directory "
              + directory
              + " is not writable; change its permissions or pick another path");
    }
  }

  /**
   * Replaces {@code file} with {@code json} atomically: a temporary file next to it, then a move,
   * so an interrupted run leaves the previous state intact.
   */
  static void writeAtomically(Path file, RawJson json) throws IOException {
    Path absolute = file.toAbsolutePath();
    Path directory = absolute.getParent();
    Path temp = Files.createTempFile(directory, "." + absolute.getFileName() + ".", ".tmp");
    try {
      byte[] bytes = json.toByteArray();
      byte[] line = java.util.Arrays.copyOf(bytes, bytes.length + 1);
      line[bytes.length] = '\n';
      Files.write(temp, line);
      try {
        Files.move(
            temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static String where(IllegalArgumentException e) {
    if (e.getCause() instanceof JsonProcessingException json && json.getLocation() != null) {
      JsonLocation location = json.getLocation();
      return " (at line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
    return "";
  }
}
