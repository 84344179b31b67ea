package ducha.cases.internal.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
@Command(name = "remind", description = "列出即将到期和已超期的督办单；--sweep 先标记超期并逐级升级督办，列出升级情况")
final class RemindCommand extends CasesSubcommand {

	@Option(names = "--as-of", paramLabel = "DATE", description = "按哪一天计算（默认今天），如 2024-06-30")
	LocalDate asOf;

	@Option(names = "--sweep", description = "记录当天的提醒，标记超期督办单并升级督办层级")
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
		out.println(day + "：已超期 " + counts.getOrDefault(Urgency.OVERDUE, 0) + " 件，即将到期 "
				+ counts.getOrDefault(Urgency.DUE_SOON, 0) + " 件，近期升级 " + counts.getOrDefault(Urgency.INFO, 0) + " 次");
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
				out.println("升级：督办单 " + o.id() + " " + o.caseNo() + "（承办人 " + o.responsibleNo() + "，期限 "
						+ o.deadline() + "）" + was.label() + " → " + o.level().label());
			}
		}
		out.println("督办巡查：新增超期 " + result.newlyOverdue() + " 件，升级 " + result.escalations() + " 次，记录提醒 "
				+ result.reminders().size() + " 条");
	}

	private static String label(Urgency urgency) {
		return switch (urgency) {
		case OVERDUE -> "已超期";
		case DUE_SOON -> "即将到期";
		case INFO -> "提示";
		};
	}
}
