package ducha.petitions.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.SecretKey;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.DuchaException;
import ducha.core.attachments.AttachmentService;
import ducha.core.audit.SealedReasons;
import ducha.core.security.Envelopes;
import ducha.core.security.Sealer;
import ducha.petitions.Reporter;

/**
 * Seals reporter identities with the petition's own data key ({@link PetitionKeys}), bound to the petition's number:
 * {@value #ENVELOPE} and the Base64 of {@link Envelopes#seal}. Identities of earlier versions, {@value #KEY_FILE}, were
 * sealed with the platform's {@link Sealer} under purpose {@value #PURPOSE} (the key file {@code keys/petitions.key}
 * of one data folder): they still open where that file is, until {@code ducha-cli petitions rekey} moves them.
 */
@Component(service = ReporterSeal.class)
public class ReporterSeal {

	/** The sealing purpose (and key file) of earlier versions; their attachment files were sealed with it too. */
	static final String PURPOSE = "petitions";

	static final String KEY_FILE = "v1:";
	static final String ENVELOPE = "v2:";
	private static final char SEPARATOR = '\u0000';

	@Reference
	private Sealer sealer;

	@Reference
	private Envelopes envelopes;

	/** The sealed identity, or null for an anonymous reporter. */
	public String seal(Reporter reporter, String number, SecretKey dataKey) {
		if (reporter.anonymous()) {
			return null;
		}
		String contact = reporter.contact() == null ? "" : reporter.contact();
		byte[] plain = (reporter.name() + SEPARATOR + contact).getBytes(StandardCharsets.UTF_8);
		return ENVELOPE + Base64.getEncoder().encodeToString(envelopes.seal(dataKey, context(number), plain));
	}

	/** True when the identity is sealed with the petition's data key (false: anonymous or the key file's format). */
	public boolean enveloped(String sealed) {
		return sealed != null && sealed.startsWith(ENVELOPE);
	}

	/** @param dataKey the petition's data key; used only for an identity that {@link #enveloped} says needs it */
	public Reporter open(String sealed, String number, SecretKey dataKey) {
		if (sealed == null) {
			return Reporter.ANONYMOUS;
		}
		byte[] plain;
		if (enveloped(sealed)) {
			plain = envelopes.open(dataKey, context(number), decode(sealed, ENVELOPE));
		} else if (sealed.startsWith(KEY_FILE)) {
			plain = sealer.open(PURPOSE, decode(sealed, KEY_FILE));
		} else {
			throw new DuchaException(Messages.reporterFormat);
		}
		String text = new String(plain, StandardCharsets.UTF_8);
		int at = text.indexOf(SEPARATOR);
		String contact = text.substring(at + 1);
		return Reporter.named(text.substring(0, at), contact.isEmpty() ? null : contact);
	}

	/**
	 * The audit detail of a read of the identity: the reason sealed with the petition's data key (the key file's for a
	 * petition not yet rekeyed), so the log holds no word of it in clear ({@link SealedReasons}).
	 */
	String auditReason(String reason, String number, SecretKey dataKey) {
		String token = dataKey == null ? SealedReasons.seal(sealer, context(number), reason)
				: SealedReasons.seal(envelopes, dataKey, context(number), reason);
		return Messages.auditReasonSealed + ' ' + token;
	}

	/** The reason of an audit detail written by {@link #auditReason}, when it holds one. */
	Optional<String> openReason(String detail, String number, SecretKey dataKey) {
		return openSealedReason(detail, context(number), dataKey);
	}

	/** The reason of an {@code attachment.open} detail of this petition's files (sealed by the attachment service). */
	Optional<String> openAttachmentReason(String detail, String number, SecretKey dataKey) {
		return openSealedReason(detail, AttachmentService.reasonContext(PetitionAttachments.OWNER, number), dataKey);
	}

	/** A reason sealed with the key file (before rekeying) or with the petition's data key, whichever the token says. */
	private Optional<String> openSealedReason(String detail, String context, SecretKey dataKey) {
		Optional<String> byKeyFile = SealedReasons.open(sealer, context, detail);
		if (byKeyFile.isPresent() || dataKey == null) {
			return byKeyFile;
		}
		return SealedReasons.open(envelopes, dataKey, context, detail);
	}

	private static byte[] decode(String sealed, String format) {
		return Base64.getDecoder().decode(sealed.substring(format.length()));
	}

	private static String context(String number) {
		return PetitionKeys.context(number) + ":reporter";
	}
}
