package ducha.reports.internal.cli;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.spi.CliContribution;
import ducha.reports.ReportService;

/** Adds {@code ducha-cli report} to the command line. */
@Component
public class ReportCliContribution implements CliContribution {

	@Reference
	private ReportService reports;

	@Override
	public String name() {
		return ReportCommand.NAME;
	}

	@Override
	public Object newCommand() {
		return new ReportCommand(reports);
	}
}
