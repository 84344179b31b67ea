package ducha.cli.audit;

import org.eclipse.osgi.util.NLS;

import ducha.cli.ExitCodes;
import ducha.cli.RequiresPermission;
import ducha.cli.internal.PlatformCommand;
import ducha.core.audit.AuditLog;
import ducha.core.audit.AuditVerification;
import ducha.core.security.CorePermissions;
import picocli.CommandLine.Command;

/**
 * {@code ducha-cli audit verify}: walks the hash chain; prints the head hash when intact (for the office to note
 * down outside the database), else the first entry that does not match, with exit code
 * {@link ExitCodes#AUDIT_BROKEN}.
 */
@Command(name = "verify")
@RequiresPermission(CorePermissions.AUDIT_READ)
public final class AuditVerifyCommand extends PlatformCommand {

	@Override
	public Integer call() {
		AuditVerification result = cli.service(AuditLog.class).verify(cli.actor());
		if (result.intact()) {
			cli.out().println(NLS.bind(Messages.intact, result.entries(), result.headHash()));
			return ExitCodes.OK;
		}
		cli.err().println(NLS.bind(Messages.broken, result.entries(), result.problem()));
		return ExitCodes.AUDIT_BROKEN;
	}
}
