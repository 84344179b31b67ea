package ducha.reports.internal.cli;

import org.osgi.service.component.annotations.Component;

import ducha.cli.OnFirstUse;
import ducha.core.spi.CliContribution;
import ducha.reports.ReportService;

/** Adds {@code ducha-cli report} to the command line. */
@Component
public class ReportCliContribution implements CliContribution {

	// The services on first use, not @Reference: the contribution is registered with its bundle, so that help needs
	// neither the database nor the plugin's persistence unit; a command that runs waits for them (OnFirstUse).
	private final ReportService reports = OnFirstUse.service(ReportService.class);

	@Override
	public String name() {
		return ReportCommand.NAME;
	}

	@Override
	public Object newCommand() {
		return new ReportCommand(reports);
	}
}
