package ducha.core.internal.sealing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;

import ducha.core.DuchaException;
import ducha.core.security.Sealer;

/**
 * AES-256-GCM with a random 12-byte IV per value and the purpose as associated data ({@code ducha.<purpose>.v1}:
 * the format the petitions plugin sealed reporter identities and attachments in, so that they still open).
 */
@Component(service = Sealer.class)
public class DefaultSealer implements Sealer {

	private final KeyFiles keys = new KeyFiles(new SecureRandom());

	@Override
	public byte[] seal(String purpose, byte[] plain) {
		try {
			return Gcm.seal(keys.key(purpose), aad(purpose), plain);
		} catch (GeneralSecurityException e) {
			throw new DuchaException(NLS.bind(Messages.sealFailed, e.getMessage()), e);
		}
	}

	@Override
	public byte[] open(String purpose, byte[] sealed) {
		try {
			return Gcm.open(keys.key(purpose), aad(purpose), sealed);
		} catch (GeneralSecurityException e) {
			throw cannotOpen(purpose, e);
		}
	}

	@Override
	public OutputStream sealing(String purpose, OutputStream target) {
		try {
			return Gcm.sealing(keys.key(purpose), aad(purpose), target);
		} catch (GeneralSecurityException e) {
			throw new DuchaException(NLS.bind(Messages.sealFailed, e.getMessage()), e);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public InputStream opening(String purpose, InputStream source) {
		try {
			return Gcm.opening(keys.key(purpose), aad(purpose), source);
		} catch (GeneralSecurityException e) {
			throw cannotOpen(purpose, e);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static byte[] aad(String purpose) {
		return ("ducha." + purpose + ".v1").getBytes(StandardCharsets.US_ASCII);
	}

	private static DuchaException cannotOpen(String purpose, GeneralSecurityException e) {
		return new DuchaException(NLS.bind(Messages.openFailed, KeyFiles.fileOf(purpose)), e);
	}
}
