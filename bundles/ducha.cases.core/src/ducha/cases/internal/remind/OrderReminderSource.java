package ducha.cases.internal.remind;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.cases.CasePermissions;
import ducha.cases.CasesTargets;
import ducha.cases.OrderReminders;
import ducha.cases.OrderSchedule;
import ducha.cases.OrderStatus;
import ducha.cases.ReminderKind;
import ducha.cases.SupervisionOrder;
import ducha.cases.SupervisionService;
import ducha.cases.TimelineEvent;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.Staff;
import ducha.core.security.AuthorizationService;
import ducha.core.security.Principal;
import ducha.core.spi.Reminder;
import ducha.core.spi.Reminder.Urgency;
import ducha.core.spi.ReminderSource;

/**
 * The supervision orders' reminders ({@value OrderReminders#SOURCE_ID}), computed from the orders' dates on each
 * call with the service's {@link OrderSchedule}: an active order is {@link Urgency#OVERDUE} from the day after its
 * deadline, {@link Urgency#DUE_SOON} from the day two thirds of its time are used or the N-days-before day,
 * whichever comes first, up to and including the deadline; an escalation recorded in the last
 * {@value OrderReminders#ESCALATION_INFO_DAYS} days is {@link Urgency#INFO}. Only orders of the viewer's departments
 * are returned; a viewer without {@link CasePermissions#READ} gets none.
 */
@Component
public class OrderReminderSource implements ReminderSource {

	static final String ESCALATED = "ESCALATED";

	@Reference
	private SupervisionService supervision;

	@Reference
	private AuthorizationService authorization;

	@Reference
	private DirectoryService directory;

	@Override
	public String id() {
		return OrderReminders.SOURCE_ID;
	}

	@Override
	public List<Reminder> reminders(Principal viewer, LocalDate today) {
		if (!authorization.isPermitted(viewer, CasePermissions.READ)) {
			return List.of();
		}
		OrderSchedule schedule = supervision.schedule();
		List<Reminder> deadlines = new ArrayList<>();
		List<Reminder> escalations = new ArrayList<>();
		for (SupervisionOrder order : activeOrders(viewer)) {
			Reminder reminder = deadlineReminder(order, schedule, today);
			if (reminder != null) {
				deadlines.add(reminder);
			}
			if (order.level().ordinal() > 0 && schedule.isOverdue(order, today)) {
				escalations.addAll(escalationReminders(order, today, viewer));
			}
		}
		// most urgent first; within one urgency the earliest deadline first, newest escalation first
		deadlines.sort(Comparator.comparing(Reminder::urgency).thenComparing(Reminder::due));
		escalations.sort(Comparator.comparing(Reminder::due).reversed());
		List<Reminder> all = new ArrayList<>(deadlines);
		all.addAll(escalations);
		return all;
	}

	/** The order's deadline reminder on the day, or null while none is due. */
	Reminder deadlineReminder(SupervisionOrder order, OrderSchedule schedule, LocalDate today) {
		List<ducha.cases.Reminder> due = schedule.dueReminders(order, today);
		if (due.isEmpty()) {
			return null;
		}
		String detail = detail(order);
		if (schedule.isOverdue(order, today)) {
			long days = ChronoUnit.DAYS.between(order.deadline(), today);
			return new Reminder(id(), key(order), Urgency.OVERDUE,
					"督办单 " + order.id() + " 已超期 " + days + " 天：" + order.caseNo(), detail, order.deadline(),
					CasesTargets.ORDERS);
		}
		// the reminder that fell due last says why the order needs attention now
		ReminderKind why = due.stream().max(Comparator.comparing(ducha.cases.Reminder::dueOn)).orElseThrow().kind();
		long left = ChronoUnit.DAYS.between(today, order.deadline());
		String when = left == 0 ? "今天到期" : "还有 " + left + " 天到期";
		return new Reminder(id(), key(order), Urgency.DUE_SOON,
				"督办单 " + order.id() + " " + when + "（" + why.label() + "）：" + order.caseNo(), detail,
				order.deadline(), CasesTargets.ORDERS);
	}

	private List<Reminder> escalationReminders(SupervisionOrder order, LocalDate today, Principal viewer) {
		LocalDate since = today.minusDays(OrderReminders.ESCALATION_INFO_DAYS);
		List<Reminder> reminders = new ArrayList<>();
		for (TimelineEvent event : supervision.timeline(order.caseNo(), viewer)) {
			if (event.orderId() == order.id() && ESCALATED.equals(event.kind()) && !event.date().isBefore(since)
					&& !event.date().isAfter(today)) {
				reminders.add(new Reminder(id(), key(order) + "/escalated/" + event.date(), Urgency.INFO,
						"督办单 " + order.id() + " 已于 " + event.date() + " 升级：" + event.detail(), detail(order),
						event.date(), CasesTargets.ORDERS));
			}
		}
		return reminders;
	}

	private List<SupervisionOrder> activeOrders(Principal viewer) {
		List<SupervisionOrder> orders = new ArrayList<>();
		for (OrderStatus status : OrderStatus.values()) {
			if (status.isActive()) {
				orders.addAll(supervision.orders(status, viewer));
			}
		}
		return orders;
	}

	private String detail(SupervisionOrder order) {
		String responsible = directory.staff(order.responsibleNo()).map(Staff::name).orElse("") + "（"
				+ order.responsibleNo() + "）";
		return order.caseNo() + "，承办人 " + responsible + "，" + order.level().label() + "督办，期限 " + order.deadline()
				+ "：" + order.subject();
	}

	private static String key(SupervisionOrder order) {
		return "order/" + order.id();
	}
}
