package ducha.cli.demo;

import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;

import ducha.cli.ExitCodes;
import ducha.cli.internal.CliContext;
import ducha.core.demo.DemoAccounts;
import ducha.core.demo.DemoReport;
import ducha.core.demo.DemoService;
import picocli.CommandLine.Command;

/** {@code ducha-cli demo}: fills an empty database with the demo court; never touches a database in use. */
@Command(name = "demo")
public final class DemoCommand implements Callable<Integer> {

	private final CliContext cli;

	public DemoCommand(CliContext cli) {
		this.cli = cli;
	}

	@Override
	public Integer call() {
		DemoService demo = cli.service(DemoService.class);
		if (!demo.isEmpty()) {
			cli.err().println(Messages.notEmpty);
			return ExitCodes.REJECTED;
		}
		DemoReport report = demo.seed(cli.actor(), new TextProgressMonitor(cli.out()));
		report.lines().forEach(line -> cli.out().println("  " + line));
		cli.out().println(NLS.bind(Messages.accounts, String.join(", ", DemoAccounts.ADMIN, DemoAccounts.DIRECTOR,
				DemoAccounts.SUPERVISOR, DemoAccounts.POLITICAL, DemoAccounts.INTEGRITY, DemoAccounts.LEADER,
				DemoAccounts.DEPARTMENT_HEAD, DemoAccounts.TRIAL_MANAGEMENT, DemoAccounts.STAFF),
				DemoAccounts.PASSWORD));
		return ExitCodes.OK;
	}
}
