package ducha.core.internal.keys;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.DuchaException;
import ducha.core.internal.CoreUnit;
import ducha.core.internal.sealing.Gcm;
import ducha.core.security.Envelopes;
import ducha.core.security.KeyUnavailableException;
import ducha.core.security.Principal;
import ducha.core.security.RecoveryKey;
import ducha.core.security.WrappedKey;

/** Envelopes on the public keys of {@code account_key} and the private keys of this process's log-ins. */
@Component
public class DefaultEnvelopes implements Envelopes {

	private static final int DATA_KEY_BYTES = 32;

	@Reference
	private CoreUnit unit;

	@Reference
	private SessionKeys sessions;

	private final SecureRandom random = new SecureRandom();

	@Override
	public SecretKey newDataKey() {
		byte[] key = new byte[DATA_KEY_BYTES];
		random.nextBytes(key);
		return new SecretKeySpec(key, "AES");
	}

	@Override
	public Optional<WrappedKey> wrap(SecretKey dataKey, String holder, String context) {
		Optional<String[]> publicKey = unit.find(AccountKeyEntity.class, holder,
				row -> new String[] { row.keyId(), row.publicKey() });
		if (publicKey.isEmpty()) {
			return Optional.empty();
		}
		try {
			byte[] wrapped = KeyPairs.wrap(KeyPairs.publicKey(Base64.getDecoder().decode(publicKey.get()[1])), dataKey,
					aad(context));
			return Optional.of(new WrappedKey(holder, publicKey.get()[0], wrapped));
		} catch (GeneralSecurityException e) {
			throw new DuchaException(NLS.bind(Messages.wrapFailed, holder, e.getMessage()), e);
		}
	}

	@Override
	public boolean current(WrappedKey wrapped) {
		return unit.find(AccountKeyEntity.class, wrapped.holder(), AccountKeyEntity::keyId)
				.filter(wrapped.keyId()::equals).isPresent();
	}

	@Override
	public SecretKey unwrap(WrappedKey wrapped, String context, Principal actor) {
		SessionKeys.Unlocked own = sessions.get(actor.username())
				.orElseThrow(() -> new KeyUnavailableException(NLS.bind(Messages.notUnlocked, actor.username())));
		if (!wrapped.holder().equals(actor.username()) || !wrapped.keyId().equals(own.keyId())) {
			throw new KeyUnavailableException(NLS.bind(Messages.staleGrant, actor.username()));
		}
		try {
			return KeyPairs.unwrap(own.key(), wrapped.bytes(), aad(context));
		} catch (GeneralSecurityException e) {
			throw new KeyUnavailableException(NLS.bind(Messages.staleGrant, actor.username()));
		}
	}

	@Override
	public SecretKey recover(WrappedKey wrapped, String context, RecoveryKey recovery) {
		if (!RECOVERY.equals(wrapped.holder()) || !wrapped.keyId().equals(recovery.keyId())) {
			throw new KeyUnavailableException(Messages.notRecoveryGrant);
		}
		try {
			return KeyPairs.unwrap(recovery.privateKey(), wrapped.bytes(), aad(context));
		} catch (GeneralSecurityException e) {
			throw new KeyUnavailableException(Messages.notRecoveryGrant);
		}
	}

	@Override
	public boolean unlocked(Principal actor) {
		return actor != null && sessions.get(actor.username()).isPresent();
	}

	@Override
	public byte[] seal(SecretKey dataKey, String context, byte[] plain) {
		try {
			return Gcm.seal(dataKey, aad(context), plain);
		} catch (GeneralSecurityException e) {
			throw new DuchaException(NLS.bind(Messages.sealFailed, e.getMessage()), e);
		}
	}

	@Override
	public byte[] open(SecretKey dataKey, String context, byte[] sealed) {
		try {
			return Gcm.open(dataKey, aad(context), sealed);
		} catch (GeneralSecurityException e) {
			throw new DuchaException(NLS.bind(Messages.openFailed, context), e);
		}
	}

	@Override
	public OutputStream sealing(SecretKey dataKey, String context, OutputStream target) {
		try {
			return Gcm.sealing(dataKey, aad(context), target);
		} catch (GeneralSecurityException e) {
			throw new DuchaException(NLS.bind(Messages.sealFailed, e.getMessage()), e);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public InputStream opening(SecretKey dataKey, String context, InputStream source) {
		try {
			return Gcm.opening(dataKey, aad(context), source);
		} catch (GeneralSecurityException e) {
			throw new DuchaException(NLS.bind(Messages.openFailed, context), e);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static byte[] aad(String context) {
		return ("ducha.envelope.v1:" + context).getBytes(StandardCharsets.UTF_8);
	}
}
