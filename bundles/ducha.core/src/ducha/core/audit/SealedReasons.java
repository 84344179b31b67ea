package ducha.core.audit;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.SecretKey;

import ducha.core.DuchaException;
import ducha.core.security.Envelopes;
import ducha.core.security.Sealer;

/**
 * The reason given for reading a confidential record, as the audit log keeps it. The log is read by IT and the
 * office, and it lives in the database that a thief may hold: "需联系举报人张某核实" would hand the reported person
 * what the sealing of the record keeps from them. So the reason is sealed with the record's own data key, bound to
 * the record (the context), and the entry shows only that a reason was given; whoever may open the record reads
 * the reasons through the owning plugin.
 * <p>
 * The token is written after a readable part ({@code 理由已加密 [r1:…]}), so the audit view and {@code audit list}
 * stay readable, and the hash chain covers the ciphertext like any other detail.
 */
public final class SealedReasons {

	private static final String VERSION = "r1:";
	/** Sealed with the data folder's key file: records from before envelope encryption, until they are rekeyed. */
	private static final String KEY_FILE = "k1:";
	private static final String PURPOSE = "audit-reasons";
	private static final Pattern TOKEN = Pattern.compile("\\[(" + VERSION + "|" + KEY_FILE + ")([A-Za-z0-9+/=]+)]");

	private SealedReasons() {
	}

	/** The token to append to an audit detail: the reason sealed with the record's data key under its context. */
	public static String seal(Envelopes envelopes, SecretKey dataKey, String context, String reason) {
		byte[] sealed = envelopes.seal(dataKey, reasonContext(context), reason.getBytes(StandardCharsets.UTF_8));
		return "[" + VERSION + Base64.getEncoder().encodeToString(sealed) + "]";
	}

	/** The token for a record that has no data key yet: sealed with the key file, bound to the record. */
	public static String seal(Sealer sealer, String context, String reason) {
		byte[] sealed = sealer.seal(PURPOSE, (reasonContext(context) + '\u0000' + reason).getBytes(StandardCharsets.UTF_8));
		return "[" + KEY_FILE + Base64.getEncoder().encodeToString(sealed) + "]";
	}

	/**
	 * The reason in an audit detail written by {@link #seal}; empty when the detail holds none.
	 *
	 * @throws DuchaException when the token was sealed with another key or for another record
	 */
	public static Optional<String> open(Envelopes envelopes, SecretKey dataKey, String context, String detail) {
		if (detail == null) {
			return Optional.empty();
		}
		Matcher token = TOKEN.matcher(detail);
		if (!token.find()) {
			return Optional.empty();
		}
		byte[] bytes = Base64.getDecoder().decode(token.group(2));
		if (token.group(1).equals(KEY_FILE)) {
			return Optional.empty();
		}
		return Optional.of(new String(envelopes.open(dataKey, reasonContext(context), bytes), StandardCharsets.UTF_8));
	}

	/**
	 * The reason of a detail sealed with the key file ({@link #seal(Sealer, String, String)}); empty when the detail
	 * holds none of that kind.
	 *
	 * @throws DuchaException when the key file is another, or the token belongs to another record
	 */
	public static Optional<String> open(Sealer sealer, String context, String detail) {
		Matcher token = detail == null ? null : TOKEN.matcher(detail);
		if (token == null || !token.find() || !token.group(1).equals(KEY_FILE)) {
			return Optional.empty();
		}
		String plain = new String(sealer.open(PURPOSE, Base64.getDecoder().decode(token.group(2))),
				StandardCharsets.UTF_8);
		String bound = reasonContext(context) + '\u0000';
		if (!plain.startsWith(bound)) {
			throw new DuchaException("the sealed reason belongs to another record than " + context);
		}
		return Optional.of(plain.substring(bound.length()));
	}

	/** The detail as lists show it: the sealed token left out (it means nothing to a reader of the log). */
	public static String withoutToken(String detail) {
		return detail == null ? "" : TOKEN.matcher(detail).replaceAll("").strip();
	}

	/** True when the detail carries a sealed reason. */
	public static boolean holdsReason(String detail) {
		return detail != null && TOKEN.matcher(detail).find();
	}

	/** Not the context of the record's own values: a reason moved into another field does not open as one. */
	private static String reasonContext(String context) {
		return context + ":audit-reason";
	}
}
