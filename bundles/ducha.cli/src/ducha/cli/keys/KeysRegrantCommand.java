package ducha.cli.keys;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import ducha.cli.ExitCodes;
import ducha.cli.internal.PlatformCommand;
import ducha.core.NotFoundException;
import ducha.core.security.RecoveryKey;
import ducha.core.security.RecoveryKeys;
import ducha.core.security.UserService;
import ducha.core.spi.KeyGrantStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ducha-cli keys regrant USER [--recovery-key FILE]}: wraps again, for the account's current key pair, the
 * keys of every record it may open (after an administrator reset its password), with the office's recovery key, or
 * without it with the logged-in account's own grants. Each plugin that keeps keys checks the permission and audits.
 */
@Command(name = "regrant")
public final class KeysRegrantCommand extends PlatformCommand {

	@Parameters(paramLabel = "USER", descriptionKey = "user")
	String username;

	@Option(names = "--recovery-key", paramLabel = "FILE", descriptionKey = "recovery-key")
	Path recoveryFile;

	@Override
	public Integer call() {
		if (cli.service(UserService.class).user(username).isEmpty()) {
			throw new NotFoundException(NLS.bind(Messages.unknownUser, username));
		}
		Optional<RecoveryKey> recovery = recoveryFile == null ? Optional.empty()
				: Optional.of(cli.service(RecoveryKeys.class).read(recoveryFile));
		for (KeyGrantStore store : cli.currentServices(KeyGrantStore.class)) {
			int count = store.regrant(username, recovery, cli.actor());
			cli.out().println(NLS.bind(Messages.regranted, new Object[] { store.id(), count, username }));
		}
		return ExitCodes.OK;
	}
}
