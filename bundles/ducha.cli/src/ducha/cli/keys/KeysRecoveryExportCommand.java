package ducha.cli.keys;

import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

import ducha.cli.ExitCodes;
import ducha.cli.RequiresPermission;
import ducha.cli.internal.PlatformCommand;
import ducha.core.security.CorePermissions;
import ducha.core.security.RecoveryKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code ducha-cli keys recovery-export FILE}: makes the office's recovery key pair, once, and writes its private key
 * into a new owner-only file for the office to keep offline. The service audits it.
 */
@Command(name = "recovery-export")
@RequiresPermission(CorePermissions.USERS_ADMIN)
public final class KeysRecoveryExportCommand extends PlatformCommand {

	@Parameters(paramLabel = "FILE", descriptionKey = "file")
	Path file;

	@Override
	public Integer call() {
		cli.service(RecoveryKeys.class).export(file, cli.actor());
		cli.out().println(NLS.bind(Messages.recoveryExported, file.toAbsolutePath()));
		return ExitCodes.OK;
	}
}
