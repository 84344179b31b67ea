package ducha.core.internal.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash of one audit entry in the chain: SHA-256 over its position, time, actor, action, object, detail and the
 * hash of the entry before it, so that changing, removing or reordering any entry breaks every hash after it.
 * Each field is length-prefixed (no two different entries encode alike). The time is the wall-clock time as the
 * database stores it, to the microsecond (what PostgreSQL keeps), so that desktops in any time zone agree.
 */
public final class AuditHash {

	/** The "previous hash" of the first entry. */
	public static final String GENESIS = "0".repeat(64);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS");

	private AuditHash() {
	}

	/** The time an entry is stored with: what the database keeps of it. */
	public static LocalDateTime storedTime(LocalDateTime time) {
		return time.truncatedTo(ChronoUnit.MICROS);
	}

	public static String of(long seq, LocalDateTime at, String actor, String action, String objectType,
			String objectId, String detail, String previousHash) {
		StringBuilder text = new StringBuilder("ducha.audit.v1");
		field(text, Long.toString(seq));
		field(text, TIME.format(storedTime(at)));
		field(text, actor);
		field(text, action);
		field(text, objectType);
		field(text, objectId);
		field(text, detail);
		field(text, previousHash);
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}

	private static void field(StringBuilder text, String value) {
		if (value == null) {
			text.append("|-");
		} else {
			text.append('|').append(value.length()).append(':').append(value);
		}
	}
}
