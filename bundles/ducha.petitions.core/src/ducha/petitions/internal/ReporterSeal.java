package ducha.petitions.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.DuchaException;
import ducha.core.security.Sealer;
import ducha.petitions.Reporter;

/**
 * Seals reporter identities with the platform's {@link Sealer} under purpose {@value #PURPOSE}: the key
 * {@code keys/petitions.key} of the data folder that earlier versions of the plugin created, so that identities
 * sealed then still open. A copied database (or a backup of it alone) does not reveal a reporter.
 */
@Component(service = ReporterSeal.class)
public class ReporterSeal {

	/** The sealing purpose (and key) of the petitions plugin; its old attachment files were sealed with it too. */
	static final String PURPOSE = "petitions";

	private static final String FORMAT = "v1:";
	private static final char SEPARATOR = '\u0000';

	@Reference
	private Sealer sealer;

	/** The sealed identity, or null for an anonymous reporter. */
	public String seal(Reporter reporter) {
		if (reporter.anonymous()) {
			return null;
		}
		String contact = reporter.contact() == null ? "" : reporter.contact();
		byte[] plain = (reporter.name() + SEPARATOR + contact).getBytes(StandardCharsets.UTF_8);
		return FORMAT + Base64.getEncoder().encodeToString(sealer.seal(PURPOSE, plain));
	}

	public Reporter open(String sealed) {
		if (sealed == null) {
			return Reporter.ANONYMOUS;
		}
		if (!sealed.startsWith(FORMAT)) {
			throw new DuchaException(Messages.reporterFormat);
		}
		String plain = new String(sealer.open(PURPOSE, Base64.getDecoder().decode(sealed.substring(FORMAT.length()))),
				StandardCharsets.UTF_8);
		int at = plain.indexOf(SEPARATOR);
		String contact = plain.substring(at + 1);
		return Reporter.named(plain.substring(0, at), contact.isEmpty() ? null : contact);
	}
}
