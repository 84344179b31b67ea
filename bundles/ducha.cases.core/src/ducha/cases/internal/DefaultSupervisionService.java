package ducha.cases.internal;

import org.eclipse.osgi.util.NLS;
import ducha.core.jpa.Jpa;
import ducha.core.jpa.Versions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.cases.CaseNumber;
import ducha.cases.CasePermissions;
import ducha.cases.OrderSchedule;
import ducha.cases.OrderStatus;
import ducha.cases.Reminder;
import ducha.cases.ReminderKind;
import ducha.cases.SupervisionLevel;
import ducha.cases.SupervisionOrder;
import ducha.cases.SupervisionService;
import ducha.cases.SweepResult;
import ducha.cases.TimelineEvent;
import ducha.core.DuchaException;
import ducha.core.NotFoundException;
import ducha.core.jpa.DuplicateKey;
import ducha.core.ValidationException;
import ducha.core.security.Principal;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/**
 * Supervision orders and their tracking record. Every change writes an {@link OrderEventEntity} in the same
 * transaction, so the timeline of a case (一案一跟踪) is complete by construction.
 */
@Component
public class DefaultSupervisionService implements SupervisionService {

	static final String ISSUED = "ISSUED";
	static final String STARTED = "STARTED";
	static final String NOTE = "NOTE";
	static final String EXTENDED = SupervisionService.EXTENDED;
	static final String EXTENSION_REQUESTED = SupervisionService.EXTENSION_REQUESTED;
	static final String ESCALATED = "ESCALATED";
	static final String CLOSED = "CLOSED";
	static final String REMINDER_PREFIX = "REMINDER_";

	@Reference
	private CasesUnit unit;

	/** The court's settings ({@code cases.properties}), read on each use so a change applies at once. */
	@Override
	public OrderSchedule schedule() {
		return OrderScheduleSettings.load();
	}

	@Override
	public SupervisionOrder issue(String caseNo, SupervisionLevel level, String responsibleNo, LocalDate issued,
			LocalDate deadline, String subject, Principal actor) {
		unit.authorization.check(actor, CasePermissions.SUPERVISE);
		String key = CaseNumber.parse(caseNo).text();
		List<String> problems = new ArrayList<>();
		if (unit.directory.staff(responsibleNo).isEmpty()) {
			problems.add(NLS.bind(Messages.noStaff, responsibleNo));
		}
		if (!deadline.isAfter(issued)) {
			problems.add(NLS.bind(Messages.deadlineNotAfterIssue, deadline, issued));
		}
		if (subject == null || subject.isBlank()) {
			problems.add(Messages.orderSubjectEmpty);
		}
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
		SupervisionOrder order = Jpa.write(unit.emf, em -> {
			if (em.find(CaseEntity.class, key) == null) {
				throw new NotFoundException(NLS.bind(Messages.caseNotRegistered, key));
			}
			OrderEntity entity = new OrderEntity(key, level, responsibleNo, actor.username(), issued, deadline,
					subject.strip());
			em.persist(entity);
			em.flush();
			event(em, entity, issued, ISSUED, OrderEventTexts.issued(level, deadline, subject.strip()), actor);
			SupervisionOrder done = entity.toOrder();
			unit.audit.recordIn(em, actor, "cases.order.issue", "supervision_order", String.valueOf(done.id()), key);
			return done;
		});
		return order;
	}

	@Override
	public SupervisionOrder start(long orderId, long seenVersion, LocalDate day, Principal actor) {
		return change(orderId, seenVersion, actor, "cases.order.start", (em, order) -> {
			if (order.toOrder().status() != OrderStatus.OPEN) {
				throw new ValidationException(Messages.orderNotOpen);
			}
			order.setStatus(OrderStatus.IN_PROGRESS);
			event(em, order, day, STARTED, "开始办理", actor);
		});
	}

	@Override
	public SupervisionOrder close(long orderId, long seenVersion, LocalDate day, String result, Principal actor) {
		return change(orderId, seenVersion, actor, "cases.order.close", (em, order) -> {
			if (!order.toOrder().status().isActive()) {
				throw new ValidationException(Messages.orderClosed);
			}
			order.setStatus(OrderStatus.CLOSED);
			order.setClosedDate(day);
			event(em, order, day, CLOSED, OrderEventTexts.closed(result), actor);
		});
	}

	@Override
	public void note(long orderId, LocalDate day, String text, Principal actor) {
		change(orderId, null, actor, "cases.order.note", (em, order) -> event(em, order, day, NOTE, text.strip(),
				actor));
	}

	@Override
	public void requestExtension(long orderId, LocalDate day, LocalDate wantedDeadline, String reason,
			Principal actor) {
		change(orderId, null, actor, "cases.order.request-extension", (em, order) -> {
			SupervisionOrder o = order.toOrder();
			if (!o.status().isActive() || o.status() == OrderStatus.OVERDUE) {
				throw new ValidationException(NLS.bind(Messages.orderNotExtendable, o.status().label()));
			}
			if (!wantedDeadline.isAfter(o.deadline())) {
				throw new ValidationException(NLS.bind(Messages.newDeadlineNotLater, wantedDeadline, o.deadline()));
			}
			event(em, order, day, EXTENSION_REQUESTED,
					"申请延期至 " + wantedDeadline + "：" + (reason == null ? "" : reason.strip()), actor);
		});
	}

	@Override
	public SupervisionOrder extend(long orderId, long seenVersion, LocalDate newDeadline, LocalDate approvedOn,
			String reason, Principal actor) {
		return change(orderId, seenVersion, actor, "cases.order.extend", (em, order) -> {
			SupervisionOrder o = order.toOrder();
			List<String> problems = new ArrayList<>();
			if (!o.status().isActive() || o.status() == OrderStatus.OVERDUE) {
				problems.add(NLS.bind(Messages.orderNotExtendable, o.status().label()));
			}
			if (approvedOn.isAfter(o.deadline())) {
				problems.add(NLS.bind(Messages.extensionTooLate, o.deadline(), approvedOn));
			}
			if (!newDeadline.isAfter(o.deadline())) {
				problems.add(NLS.bind(Messages.newDeadlineNotLater, newDeadline, o.deadline()));
			}
			if (!problems.isEmpty()) {
				throw new ValidationException(problems);
			}
			order.setDeadline(newDeadline);
			event(em, order, approvedOn, EXTENDED, OrderEventTexts.extended(newDeadline, reason), actor);
		});
	}

	/**
	 * Each order in a transaction of its own, audited in it, that first locks the order's row: a second sweeper (another desktop,
	 * or {@code ducha-cli cases remind --sweep}) waits for it and then finds the events recorded. Every event a
	 * sweep records carries a key unique per order ({@code order_event.sweep_key}): should two sweepers still meet on
	 * one order, the second insert is refused and that order counts as already swept, not as a failure.
	 */
	@Override
	public SweepResult sweep(LocalDate asOf, Principal actor) {
		unit.authorization.check(actor, CasePermissions.SUPERVISE);
		OrderSchedule schedule = schedule();
		List<Long> active = Jpa.read(unit.emf, em -> em.createQuery(
				"select o.id from OrderEntity o where o.status <> :closed order by o.id", Long.class)
				.setParameter("closed", OrderStatus.CLOSED).getResultList());
		List<TimelineEvent> reminders = new ArrayList<>();
		int overdue = 0;
		int escalations = 0;
		for (long orderId : active) {
			SweptOrder swept = sweepOne(orderId, schedule, asOf, actor);
			reminders.addAll(swept.reminders());
			overdue += swept.newlyOverdue() ? 1 : 0;
			escalations += swept.escalations();
		}
		return new SweepResult(reminders, overdue, escalations);
	}

	/** What the sweep recorded for one order. */
	private record SweptOrder(List<TimelineEvent> reminders, boolean newlyOverdue, int escalations) {
		static final SweptOrder NOTHING = new SweptOrder(List.of(), false, 0);
	}

	private SweptOrder sweepOne(long orderId, OrderSchedule schedule, LocalDate asOf, Principal actor) {
		try {
			return Jpa.write(unit.emf, em -> {
				OrderEntity entity = em.find(OrderEntity.class, orderId, LockModeType.PESSIMISTIC_WRITE);
				if (entity == null || entity.toOrder().status() == OrderStatus.CLOSED) {
					return SweptOrder.NOTHING; // closed or removed since the sweep listed it
				}
				List<TimelineEvent> reminders = new ArrayList<>();
				List<OrderEventEntity> events = events(em, entity.id());
				LocalDate since = lastDeadlineChange(events);
				for (Reminder due : schedule.dueReminders(entity.toOrder(), asOf)) {
					String kind = REMINDER_PREFIX + due.kind().name();
					if (events.stream().noneMatch(e -> e.toEvent().kind().equals(kind)
							&& !e.toEvent().date().isBefore(since))) {
						reminders.add(sweepEvent(em, entity, asOf, kind, kind + "@" + entity.toOrder().deadline(),
								reminderText(entity.toOrder(), due), actor));
					}
				}
				boolean newlyOverdue = schedule.isOverdue(entity.toOrder(), asOf)
						&& entity.toOrder().status() != OrderStatus.OVERDUE;
				if (newlyOverdue) {
					entity.setStatus(OrderStatus.OVERDUE);
				}
				int escalations = 0;
				long done = events.stream().filter(e -> e.toEvent().kind().equals(ESCALATED)).count();
				for (long step = done; step < schedule.escalationsDue(entity.toOrder(), asOf); step++) {
					SupervisionLevel next = entity.toOrder().level().next();
					if (next == null) {
						break;
					}
					entity.setLevel(next);
					sweepEvent(em, entity, asOf, ESCALATED, ESCALATED + "#" + (step + 1),
							"超期未办结，升级为" + next.label() + "督办", actor);
					escalations++;
				}
				if (!reminders.isEmpty() || newlyOverdue || escalations > 0) {
					unit.audit.recordIn(em, actor, "cases.order.sweep", "supervision_order", String.valueOf(orderId),
							entity.caseNo() + " " + reminders.size() + " 条提醒，" + (newlyOverdue ? "超期，" : "")
									+ escalations + " 次升级");
				}
				return new SweptOrder(reminders, newlyOverdue, escalations);
			});
		} catch (DuchaException e) {
			if (DuplicateKey.isCause(e)) {
				// another sweeper recorded this order's reminder or escalation a moment earlier: nothing left to do
				return SweptOrder.NOTHING;
			}
			throw e;
		}
	}

	@Override
	public SupervisionOrder order(long orderId, Principal reader) {
		unit.authorization.check(reader, CasePermissions.READ);
		return Jpa.read(unit.emf, em -> {
			OrderEntity entity = em.find(OrderEntity.class, orderId);
			if (entity == null || !visible(em, entity.caseNo(), reader)) {
				throw new NotFoundException(NLS.bind(Messages.noOrder, orderId));
			}
			return entity.toOrder();
		});
	}

	@Override
	public List<SupervisionOrder> orders(OrderStatus status, Principal reader) {
		unit.authorization.check(reader, CasePermissions.READ);
		if (CaseJpql.seesNothing(reader)) {
			return List.of();
		}
		String jpql = "select o from OrderEntity o, CaseEntity c where c.caseNo = o.caseNo"
				+ (status == null ? "" : " and o.status = :status")
				+ (reader.scope().all() ? "" : " and c.departmentCode in :scope") + " order by o.deadline, o.id";
		return Jpa.read(unit.emf, em -> {
			var q = em.createQuery(jpql, OrderEntity.class);
			if (status != null) {
				q.setParameter("status", status);
			}
			if (!reader.scope().all()) {
				q.setParameter("scope", reader.scope().departmentCodes());
			}
			return q.getResultList().stream().map(OrderEntity::toOrder).toList();
		});
	}

	@Override
	public List<TimelineEvent> timeline(String caseNo, Principal reader) {
		unit.authorization.check(reader, CasePermissions.READ);
		String key = CaseNumber.parse(caseNo).text();
		return Jpa.read(unit.emf, em -> {
			if (!visible(em, key, reader)) {
				return List.of();
			}
			return em.createQuery("select e from OrderEventEntity e where e.caseNo = :no order by e.date, e.id",
					OrderEventEntity.class).setParameter("no", key).getResultList().stream()
					.map(OrderEventEntity::toEvent).toList();
		});
	}

	@Override
	public long countOverdue(Principal reader) {
		if (CaseJpql.seesNothing(reader)) {
			return 0;
		}
		String jpql = "select count(o) from OrderEntity o, CaseEntity c where c.caseNo = o.caseNo"
				+ " and o.status = :overdue" + (reader.scope().all() ? "" : " and c.departmentCode in :scope");
		return Jpa.read(unit.emf, em -> {
			var q = em.createQuery(jpql, Long.class).setParameter("overdue", OrderStatus.OVERDUE);
			if (!reader.scope().all()) {
				q.setParameter("scope", reader.scope().departmentCodes());
			}
			return q.getSingleResult();
		});
	}

	// ----

	private interface Change {
		void apply(EntityManager em, OrderEntity order);
	}

	/**
	 * Applies a change to the order and audits it; {@code seenVersion} is the version the caller saw, refused when
	 * the order changed since, or null for a change that only adds to its record (a note).
	 */
	private SupervisionOrder change(long orderId, Long seenVersion, Principal actor, String action, Change change) {
		unit.authorization.check(actor, CasePermissions.SUPERVISE);
		SupervisionOrder order = Jpa.write(unit.emf, em -> {
			OrderEntity entity = em.find(OrderEntity.class, orderId);
			if (entity == null) {
				throw new NotFoundException(NLS.bind(Messages.noOrder, orderId));
			}
			if (seenVersion != null) {
				Versions.expect(entity.version(), seenVersion, unit.audit, "supervision_order",
						String.valueOf(orderId), NLS.bind(Messages.orderLabel, orderId, entity.caseNo()));
			}
			change.apply(em, entity);
			em.flush();
			SupervisionOrder done = entity.toOrder();
			unit.audit.recordIn(em, actor, action, "supervision_order", String.valueOf(orderId), done.caseNo());
			return done;
		});
		return order;
	}

	private static TimelineEvent event(EntityManager em, OrderEntity order, LocalDate day, String kind,
			String detail, Principal actor) {
		return sweepEvent(em, order, day, kind, null, detail, actor);
	}

	/**
	 * Records an event; one of the sweep's under a key unique per order (one reminder per deadline, the n-th
	 * escalation once), any other with a null key.
	 */
	private static TimelineEvent sweepEvent(EntityManager em, OrderEntity order, LocalDate day, String kind,
			String sweepKey, String detail, Principal actor) {
		OrderEventEntity event = new OrderEventEntity(order.id(), order.caseNo(), day, kind, detail,
				actor.username());
		event.setSweepKey(sweepKey);
		em.persist(event);
		// flushed one by one: EclipseLink does not keep the persist order of new rows in one commit, and events of
		// the same day are shown in id order
		em.flush();
		return event.toEvent();
	}

	private static List<OrderEventEntity> events(EntityManager em, long orderId) {
		return em.createQuery("select e from OrderEventEntity e where e.orderId = :id", OrderEventEntity.class)
				.setParameter("id", orderId).getResultList();
	}

	/** Reminders count again after an extension moved the deadline. */
	private static LocalDate lastDeadlineChange(List<OrderEventEntity> events) {
		return events.stream().map(OrderEventEntity::toEvent).filter(e -> e.kind().equals(EXTENDED))
				.map(TimelineEvent::date).max(LocalDate::compareTo).orElse(LocalDate.MIN);
	}

	private static String reminderText(SupervisionOrder order, Reminder due) {
		String who = "承办人 " + order.responsibleNo() + "，" + order.level().label() + "督办";
		return due.kind().label() + "（期限 " + order.deadline() + "）：" + who
				+ (due.kind() == ReminderKind.OVERDUE ? "，请立即办结" : "");
	}

	private static boolean visible(EntityManager em, String caseNo, Principal reader) {
		if (reader.scope().all()) {
			return true;
		}
		CaseEntity c = em.find(CaseEntity.class, caseNo);
		return c != null && reader.scope().includes(c.departmentCode());
	}
}
