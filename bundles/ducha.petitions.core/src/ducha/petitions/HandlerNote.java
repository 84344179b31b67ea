package ducha.petitions;

import java.time.Instant;

/** A handler's private working note on a petition: only its handlers and the office director read it. */
public record HandlerNote(long id, String author, Instant writtenAt, String text) {
}
