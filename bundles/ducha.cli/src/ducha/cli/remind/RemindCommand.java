package ducha.cli.remind;

import java.time.LocalDate;

import org.eclipse.osgi.util.NLS;

import ducha.cli.ExitCodes;
import ducha.cli.internal.PlatformCommand;
import ducha.cli.internal.TextTable;
import ducha.core.spi.Reminder;
import ducha.core.spi.ReminderBoard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ducha-cli remind [--as-of DATE]}: the reminders of every installed plugin for the logged-in account, most urgent
 * first, as the workbench's notifications area shows them. Plugins may offer their own narrower
 * {@code remind} commands; this one is the aggregate.
 */
@Command(name = "remind")
public final class RemindCommand extends PlatformCommand {

	@Option(names = "--as-of", paramLabel = "DATE")
	LocalDate asOf;

	@Override
	public Integer call() {
		LocalDate today = asOf == null ? LocalDate.now() : asOf;
		ReminderBoard.Collected collected = cli.service(ReminderBoard.class).collect(cli.actor(), today);
		for (String failed : collected.failedSources()) {
			cli.err().println(NLS.bind(Messages.sourceFailed, failed));
		}
		if (collected.reminders().isEmpty()) {
			cli.out().println(NLS.bind(Messages.none, today));
		} else {
			TextTable table = new TextTable(Messages.headerUrgency, Messages.headerDue, Messages.headerTitle,
					Messages.headerDetail, Messages.headerSource);
			for (Reminder r : collected.reminders()) {
				table.row(urgency(r.urgency()), r.due() == null ? "" : r.due().toString(), r.title(), r.detail(),
						r.sourceId());
			}
			table.print(cli.out());
			cli.out().println(NLS.bind(Messages.summary,
					new Object[] { today, collected.reminders().size(), collected.urgentCount() }));
		}
		return collected.failedSources().isEmpty() ? ExitCodes.OK : ExitCodes.REJECTED;
	}

	private static String urgency(Reminder.Urgency urgency) {
		return switch (urgency) {
		case OVERDUE -> Messages.overdue;
		case DUE_SOON -> Messages.dueSoon;
		case INFO -> Messages.info;
		};
	}
}
