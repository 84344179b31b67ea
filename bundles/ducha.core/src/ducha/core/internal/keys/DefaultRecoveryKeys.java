package ducha.core.internal.keys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.DuchaException;
import ducha.core.ValidationException;
import ducha.core.internal.CoreUnit;
import ducha.core.security.CorePermissions;
import ducha.core.security.Envelopes;
import ducha.core.security.Principal;
import ducha.core.security.RecoveryKey;
import ducha.core.security.RecoveryKeys;

/**
 * The recovery key pair as holder {@code #recovery} of {@code account_key}, without a private key; the file holds
 * a header line, the key pair's id and the Base64 PKCS#8 private key.
 */
@Component
public class DefaultRecoveryKeys implements RecoveryKeys {

	private static final String HEADER = "ducha-recovery-key-v1";

	@Reference
	private CoreUnit unit;

	@Override
	public boolean exists() {
		return unit.find(AccountKeyEntity.class, Envelopes.RECOVERY, AccountKeyEntity::keyId).isPresent();
	}

	@Override
	public void export(Path file, Principal actor) {
		unit.authorization().check(actor, CorePermissions.USERS_ADMIN);
		unit.run(em -> {
			if (em.find(AccountKeyEntity.class, Envelopes.RECOVERY) != null) {
				throw new ValidationException(Messages.recoveryExists);
			}
			SessionKeys.Unlocked pair = AccountKeys.create(em, Envelopes.RECOVERY, null);
			// written inside the transaction: a file that cannot be written leaves no recovery key behind
			write(file, pair);
			unit.audit().write(em, actor, "keys.recovery.export", "key", Envelopes.RECOVERY,
					NLS.bind(Messages.recoveryWritten, pair.keyId(), file.getFileName()));
		});
	}

	@Override
	public RecoveryKey read(Path file) {
		RecoveryKey key;
		try {
			List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII).stream().map(String::strip)
					.filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
			if (lines.size() != 3 || !HEADER.equals(lines.get(0))) {
				throw new IOException(HEADER + "?");
			}
			key = new RecoveryKey(lines.get(1), KeyFactory.getInstance("XDH")
					.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(lines.get(2)))));
		} catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
			throw new ValidationException(NLS.bind(Messages.recoveryUnreadable, file, e.getMessage()));
		}
		boolean ours = unit.find(AccountKeyEntity.class, Envelopes.RECOVERY, AccountKeyEntity::keyId)
				.filter(key.keyId()::equals).isPresent();
		if (!ours) {
			throw new ValidationException(NLS.bind(Messages.recoveryForeign, file));
		}
		return key;
	}

	private static void write(Path file, SessionKeys.Unlocked pair) {
		String text = "# Ducha: the supervision office's recovery key. Keep it offline; whoever holds it and the"
				+ " database can re-grant every petition.\n" + HEADER + "\n" + pair.keyId() + "\n"
				+ Base64.getEncoder().encodeToString(pair.key().getEncoded()) + "\n";
		try {
			Files.createFile(file);
			if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			Files.writeString(file, text, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
		} catch (FileAlreadyExistsException e) {
			throw new ValidationException(NLS.bind(Messages.recoveryFileExists, file));
		} catch (IOException e) {
			throw new DuchaException(e.getMessage(), e);
		}
	}
}
