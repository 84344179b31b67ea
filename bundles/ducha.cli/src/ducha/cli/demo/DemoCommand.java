package ducha.cli.demo;

import org.eclipse.osgi.util.NLS;

import ducha.cli.ExitCodes;
import ducha.cli.ProgressPrinter;
import ducha.cli.RequiresPermission;
import ducha.cli.internal.FirstRun;
import ducha.cli.internal.PlatformCommand;
import ducha.core.demo.DemoAccounts;
import ducha.core.demo.DemoReport;
import ducha.core.demo.DemoService;
import ducha.core.security.CorePermissions;
import ducha.core.security.Principal;
import ducha.core.security.UserService;
import picocli.CommandLine.Command;

/**
 * {@code ducha-cli demo}: fills an empty database with the demo court; never touches a database in use. On a
 * database without any account it runs without log-in, as the first run of a demo or test installation (nobody
 * could log in, and the demo brings its own accounts); once accounts exist it needs an account with
 * {@code demo.seed} (系统管理员), and still only a database without departments.
 */
@Command(name = "demo")
@RequiresPermission(CorePermissions.DEMO_SEED)
public final class DemoCommand extends PlatformCommand implements FirstRun {

	/** Who seeds a database without accounts in the audit log: no account exists to name. */
	static final String FIRST_RUN_ACTOR = "demo";

	private boolean withoutLogin;

	@Override
	public boolean runsWithoutLogin() {
		withoutLogin = !cli.service(UserService.class).hasAccounts();
		return withoutLogin;
	}

	@Override
	public Integer call() {
		DemoService demo = cli.service(DemoService.class);
		if (!demo.isEmpty()) {
			cli.err().println(Messages.notEmpty);
			return ExitCodes.REJECTED;
		}
		Principal actor = withoutLogin ? Principal.system(FIRST_RUN_ACTOR) : cli.actor();
		DemoReport report = demo.seed(actor, new ProgressPrinter(cli.out()));
		report.lines().forEach(line -> cli.out().println("  " + line));
		cli.out().println(NLS.bind(Messages.accounts, String.join(", ", DemoAccounts.ADMIN, DemoAccounts.DIRECTOR,
				DemoAccounts.SUPERVISOR, DemoAccounts.POLITICAL, DemoAccounts.INTEGRITY, DemoAccounts.LEADER,
				DemoAccounts.DEPARTMENT_HEAD, DemoAccounts.TRIAL_MANAGEMENT, DemoAccounts.STAFF),
				DemoAccounts.PASSWORD));
		return ExitCodes.OK;
	}
}
