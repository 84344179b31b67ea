package ducha.cases.internal.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import ducha.cases.CasePermissions;
import ducha.cases.OrderStatus;
import ducha.cases.SupervisionLevel;
import ducha.cases.SupervisionOrder;
import ducha.cases.SweepResult;
import ducha.core.security.Principal;
import ducha.core.spi.Reminder.Urgency;
import ducha.core.spi.Reminder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cases remind [--as-of DATE] [--sweep]}: the supervision orders due soon or overdue, exactly as the
 * workbench's notifications area shows them. {@code --sweep} first records the day's reminders, marks overdue
 * orders and escalates them (as a scheduled task would) and prints every order that moved up a level.
 */
@Command(name = "remind")
final class RemindCommand extends CasesSubcommand {

	@Option(names = "--as-of", paramLabel = "DATE", descriptionKey = "as-of")
	LocalDate asOf;

	@Option(names = "--sweep")
	boolean sweep;

	RemindCommand(CliServices services) {
		super(services);
	}

	@Override
	void run(Principal actor, PrintWriter out) {
		LocalDate day = dayOf(asOf);
		// the reminder source shows nothing to a viewer without the right; the command line says why instead
		services.authorization().check(actor, CasePermissions.READ);
		if (sweep) {
			sweep(day, actor, out);
		}
		List<Reminder> reminders = services.orderReminders().reminders(actor, day);
		Map<Urgency, Integer> counts = new HashMap<>();
		for (Reminder r : reminders) {
			counts.merge(r.urgency(), 1, Integer::sum);
			out.println("[" + label(r.urgency()) + "] " + r.title());
			if (!r.detail().isEmpty()) {
				out.println("    " + r.detail());
			}
		}
		out.println(NLS.bind(Messages.remindTotals, new Object[] { day, counts.getOrDefault(Urgency.OVERDUE, 0),
				counts.getOrDefault(Urgency.DUE_SOON, 0), counts.getOrDefault(Urgency.INFO, 0) }));
	}

	private void sweep(LocalDate day, Principal actor, PrintWriter out) {
		Map<Long, SupervisionLevel> before = new HashMap<>();
		for (SupervisionOrder o : services.supervision().orders(null, actor)) {
			if (o.status() != OrderStatus.CLOSED) {
				before.put(o.id(), o.level());
			}
		}
		SweepResult result = services.supervision().sweep(day, actor);
		for (SupervisionOrder o : services.supervision().orders(null, actor)) {
			SupervisionLevel was = before.get(o.id());
			if (was != null && was != o.level()) {
				out.println(NLS.bind(Messages.remindEscalated, new Object[] { o.id(), o.caseNo(), o.responsibleNo(),
						o.deadline(), was.label(), o.level().label() }));
			}
		}
		out.println(NLS.bind(Messages.remindSweep, new Object[] { result.newlyOverdue(), result.escalations(),
				result.reminders().size() }));
	}

	private static String label(Urgency urgency) {
		return switch (urgency) {
		case OVERDUE -> Messages.urgencyOverdue;
		case DUE_SOON -> Messages.urgencyDueSoon;
		case INFO -> Messages.urgencyInfo;
		};
	}
}
