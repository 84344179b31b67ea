package ducha.core.internal.sealing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.Cipher;
import javax.crypto.CipherInputStream;
import javax.crypto.CipherOutputStream;
import javax.crypto.spec.GCMParameterSpec;

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

	private static final String TRANSFORMATION = "AES/GCM/NoPadding";
	private static final int IV_BYTES = 12;
	private static final int TAG_BITS = 128;

	private final SecureRandom random = new SecureRandom();
	private final KeyFiles keys = new KeyFiles(random);

	@Override
	public byte[] seal(String purpose, byte[] plain) {
		byte[] iv = newIv();
		try {
			byte[] sealed = cipher(Cipher.ENCRYPT_MODE, purpose, iv).doFinal(plain);
			byte[] out = Arrays.copyOf(iv, IV_BYTES + sealed.length);
			System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
			return out;
		} catch (GeneralSecurityException e) {
			throw new DuchaException(NLS.bind(Messages.sealFailed, e.getMessage()), e);
		}
	}

	@Override
	public byte[] open(String purpose, byte[] sealed) {
		try {
			if (sealed.length < IV_BYTES) {
				throw new GeneralSecurityException("too short");
			}
			return cipher(Cipher.DECRYPT_MODE, purpose, Arrays.copyOf(sealed, IV_BYTES)).doFinal(sealed, IV_BYTES,
					sealed.length - IV_BYTES);
		} catch (GeneralSecurityException e) {
			throw cannotOpen(purpose, e);
		}
	}

	@Override
	public OutputStream sealing(String purpose, OutputStream target) {
		byte[] iv = newIv();
		try {
			Cipher cipher = cipher(Cipher.ENCRYPT_MODE, purpose, iv);
			target.write(iv);
			return new CipherOutputStream(target, cipher);
		} catch (GeneralSecurityException e) {
			throw new DuchaException(NLS.bind(Messages.sealFailed, e.getMessage()), e);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public InputStream opening(String purpose, InputStream source) {
		try {
			byte[] iv = source.readNBytes(IV_BYTES);
			if (iv.length < IV_BYTES) {
				throw new GeneralSecurityException("too short");
			}
			return new CipherInputStream(source, cipher(Cipher.DECRYPT_MODE, purpose, iv));
		} catch (GeneralSecurityException e) {
			throw cannotOpen(purpose, e);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private Cipher cipher(int mode, String purpose, byte[] iv) throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance(TRANSFORMATION);
		cipher.init(mode, keys.key(purpose), new GCMParameterSpec(TAG_BITS, iv));
		cipher.updateAAD(("ducha." + purpose + ".v1").getBytes(StandardCharsets.US_ASCII));
		return cipher;
	}

	private byte[] newIv() {
		byte[] iv = new byte[IV_BYTES];
		random.nextBytes(iv);
		return iv;
	}

	private static DuchaException cannotOpen(String purpose, GeneralSecurityException e) {
		return new DuchaException(NLS.bind(Messages.openFailed, KeyFiles.fileOf(purpose)), e);
	}
}
