package ducha.cases.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.cases.CaseNumber;
import ducha.cases.MalformedCaseNumberException;
import ducha.cases.OrderStatus;
import ducha.cases.SupervisionLevel;
import ducha.cases.SupervisionOrder;
import ducha.cases.TimelineEvent;
import ducha.core.Labelled;
import ducha.core.directory.Staff;
import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerKind;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerRowValidator;
import ducha.core.ledger.LedgerStorage;
import ducha.core.ledger.RecordLedgerKind;
import ducha.core.security.Principal;
import jakarta.persistence.EntityManager;

/**
 * 督办台账 ({@code cases.orders}): supervision orders a court kept before the workbench, with the state they reached,
 * keyed by 案号 + 督办日期. A past order is stored as the order and its tracking record (一案一跟踪): the issue, each
 * approved extension and the closing, as {@link DefaultSupervisionService} would have recorded them. An order the
 * workbench already holds under the key moves on there (start, extend, close, with its version checks): a row of
 * it is kept when it states the order as it is, and refused otherwise.
 */
/* the service is named: DS tooling only sees interfaces a class implements itself, not its superclass's */
@Component(service = LedgerKind.class)
public class OrderLedger extends RecordLedgerKind<OrderLedger.Row> {

	static final String ID = "cases.orders";

	/** Who issued an order of a file without 督办人: the ledger. */
	static final String BY_LEDGER = "台账导入";

	private static final Pattern EXTENSION = Pattern.compile("(.+?)\\s*延期至\\s*(.+)");
	private static final String EXTENSION_REASON = "据督办台账补录";

	static final LedgerColumn CASE = new LedgerColumn("caseNo", "案号", true, "（2024）川0724民初1234号",
			Messages.colOrderCase);
	static final LedgerColumn LEVEL = new LedgerColumn("level", "督办层级", true, "部门负责人",
			Labelled.accepted(OrderCells.Level.class));
	static final LedgerColumn RESPONSIBLE = new LedgerColumn("responsibleNo", "承办人工号", true, "20001",
			Messages.colStaffNo);
	static final LedgerColumn SUBJECT = new LedgerColumn("subject", "督办事项", true, "长期未结，限期审结",
			Messages.colOrderSubject).limit(500);
	static final LedgerColumn ISSUED = new LedgerColumn("issuedDate", "督办日期", true, "2024-03-01",
			Messages.colNotAfterToday);
	static final LedgerColumn DEADLINE = new LedgerColumn("deadline", "办结期限", true, "2024-04-30",
			Messages.colOrderDeadline);
	static final LedgerColumn EXTENSIONS = new LedgerColumn("extensions", "延期", false,
			"2024-04-25 延期至 2024-05-31", Messages.colExtensions).limit(500);
	static final LedgerColumn STATUS = new LedgerColumn("status", "状态", true, "已办结",
			Labelled.accepted(OrderCells.Status.class));
	static final LedgerColumn CLOSED = new LedgerColumn("closedDate", "办结日期", false, "2024-05-20",
			Messages.colOrderClosed);
	static final LedgerColumn RESULT = new LedgerColumn("result", "办结结果", false, "已判决结案",
			Messages.colOrderResult).limit(900);
	static final LedgerColumn ISSUED_BY = new LedgerColumn("issuedBy", "督办人", false, "审管办",
			Messages.colIssuedBy).limit(50);

	private static final List<LedgerColumn> COLUMNS = List.of(CASE, LEVEL, RESPONSIBLE, SUBJECT, ISSUED, DEADLINE,
			EXTENSIONS, STATUS, CLOSED, RESULT, ISSUED_BY);

	/** An approved extension: the day approved and the deadline it set. */
	record Extension(LocalDate approvedOn, LocalDate deadline) {

		/** As the 延期 cell writes it. */
		String cell() {
			return approvedOn + " 延期至 " + deadline;
		}
	}

	/**
	 * One order as the file states it, or as a stored order and its tracking record show it.
	 *
	 * @param deadline   the deadline set on issue; the extensions move it
	 * @param closed     the day closed, null while active
	 * @param result     what it was closed with; empty when none or active
	 */
	record Row(String caseNo, SupervisionLevel level, String responsibleNo, String subject, LocalDate issued,
			LocalDate deadline, List<Extension> extensions, OrderStatus status, LocalDate closed, String result,
			String issuedBy) {

		LocalDate currentDeadline() {
			return inForce(deadline, extensions);
		}

		List<String> cells() {
			return List.of(caseNo, OrderCells.Level.of(level), responsibleNo, subject, issued.toString(),
					deadline.toString(), extensions.stream().map(Extension::cell).collect(Collectors.joining("；")),
					OrderCells.Status.of(status), closed == null ? "" : closed.toString(), result, issuedBy);
		}
	}

	@Reference
	private CasesUnit support;

	public OrderLedger() {
		// keyed by 案号 + 督办日期: parse checks the pair is once in the file
		super(ID, "督办台账", COLUMNS);
	}

	@Override
	protected LedgerStorage storage() {
		return support.orderLedger();
	}

	/** Besides the storage's permission, a court-wide scope ({@link CourtWideImport}). */
	@Override
	protected void checkMayImport(Principal actor) {
		super.checkMayImport(actor);
		CourtWideImport.require(actor, label());
	}

	@Override
	protected Row parse(LedgerRowValidator v, LedgerRow row) {
		LocalDate today = LocalDate.now();
		String caseNo = caseNo(v, row);
		SupervisionLevel level = v.choice(row, LEVEL, OrderCells.Level::parse,
				Labelled.accepted(OrderCells.Level.class));
		Staff responsible = v.staff(row, RESPONSIBLE, support.directory);
		String subject = v.text(row, SUBJECT);
		LocalDate issued = v.date(row, ISSUED, today);
		LocalDate deadline = v.date(row, DEADLINE, null);
		if (issued != null && deadline != null && !deadline.isAfter(issued)) {
			v.problem(row, DEADLINE, NLS.bind(Messages.deadlineNotAfterIssue, deadline, issued));
		}
		List<Extension> extensions = extensions(v, row, issued, deadline, today);
		OrderStatus status = v.choice(row, STATUS, OrderCells.Status::parse,
				Labelled.accepted(OrderCells.Status.class));
		LocalDate closed = v.date(row, CLOSED, today);
		String result = v.text(row, RESULT);
		if (status == OrderStatus.CLOSED) {
			if (closed == null && row.get(CLOSED.key()) == null) {
				v.problem(row, CLOSED, Messages.orderClosedWithoutDate);
			}
			if (closed != null && issued != null && closed.isBefore(issued)) {
				v.problem(row, CLOSED, NLS.bind(Messages.orderClosedBeforeIssued, closed, issued));
			}
		} else if (status != null) {
			if (closed != null) {
				v.problem(row, CLOSED, NLS.bind(Messages.orderOpenWithClosing, OrderCells.Status.of(status)));
			}
			if (result != null) {
				v.problem(row, RESULT, NLS.bind(Messages.orderOpenWithClosing, OrderCells.Status.of(status)));
			}
		}
		if (status == OrderStatus.OVERDUE && extensions != null && deadline != null) {
			LocalDate current = inForce(deadline, extensions);
			// the sweep marks an order overdue the day after its deadline
			if (!current.isBefore(today)) {
				v.problem(row, STATUS, NLS.bind(Messages.orderOverdueNotDue, current));
			}
		}
		String issuedBy = v.text(row, ISSUED_BY);
		if (caseNo != null && issued != null) {
			v.unique(row, CASE, caseNo + " " + issued);
		}
		if (v.hasProblems(row)) {
			return null;
		}
		return new Row(caseNo, level, responsible.staffNo(), subject, issued, deadline, extensions, status, closed,
				result == null ? "" : result, issuedBy == null ? BY_LEDGER : issuedBy);
	}

	/**
	 * The approved extensions, in the order approved: each written 2024-04-25 延期至 2024-05-31, several separated by
	 * ；or ; or on lines of their own. As {@link DefaultSupervisionService#extend} requires, each is approved on or
	 * before the deadline in force, not before the order, and sets a later deadline. Null with a problem.
	 */
	private static List<Extension> extensions(LedgerRowValidator v, LedgerRow row, LocalDate issued,
			LocalDate deadline, LocalDate today) {
		String text = v.text(row, EXTENSIONS);
		if (text == null) {
			return List.of();
		}
		List<Extension> extensions = new ArrayList<>();
		LocalDate inForce = deadline;
		for (String part : text.split("[；;\\n]+")) {
			if (part.isBlank()) {
				continue;
			}
			Matcher m = EXTENSION.matcher(part.strip());
			LocalDate approved = m.matches() ? LedgerRowValidator.parseDate(m.group(1)) : null;
			LocalDate to = m.matches() ? LedgerRowValidator.parseDate(m.group(2)) : null;
			if (approved == null || to == null) {
				v.problem(row, EXTENSIONS, NLS.bind(Messages.badExtension, part.strip()));
				return null;
			}
			if (approved.isAfter(today)) {
				v.problem(row, EXTENSIONS, NLS.bind(Messages.extensionInFuture, approved));
			} else if (issued != null && approved.isBefore(issued)) {
				v.problem(row, EXTENSIONS, NLS.bind(Messages.extensionBeforeIssue, approved, issued));
			} else if (inForce != null && approved.isAfter(inForce)) {
				v.problem(row, EXTENSIONS, NLS.bind(Messages.extensionTooLate, inForce, approved));
			} else if (inForce != null && !to.isAfter(inForce)) {
				v.problem(row, EXTENSIONS, NLS.bind(Messages.newDeadlineNotLater, to, inForce));
			}
			extensions.add(new Extension(approved, to));
			inForce = to;
		}
		return List.copyOf(extensions);
	}

	/** The deadline in force: the last extension's, or the one set on issue. */
	private static LocalDate inForce(LocalDate deadline, List<Extension> extensions) {
		return extensions.isEmpty() ? deadline : extensions.get(extensions.size() - 1).deadline();
	}

	/**
	 * The case must be registered (an order is issued on a case of the register); an order stored under the key
	 * must be the row's, as it is.
	 */
	@Override
	protected List<Row> check(EntityManager em, LedgerRowValidator v, List<LedgerRow> rows, List<Row> records) {
		for (int i = 0; i < records.size(); i++) {
			Row r = records.get(i);
			LedgerRow row = rows.get(i);
			if (em.find(CaseEntity.class, r.caseNo()) == null) {
				v.problem(row, CASE, NLS.bind(Messages.orderCaseNotRegistered, r.caseNo()));
				continue;
			}
			List<OrderEntity> stored = stored(em, r);
			if (!stored.isEmpty() && !(stored.size() == 1 && row(em, stored.get(0)).equals(r))) {
				SupervisionOrder o = stored.get(0).toOrder();
				v.problem(row, CASE, NLS.bind(Messages.orderStored,
						new Object[] { r.caseNo(), r.issued(), OrderCells.Status.of(o.status()) }));
			}
		}
		return records;
	}

	@Override
	protected Stored upsert(EntityManager em, Row r) {
		if (!stored(em, r).isEmpty()) {
			return Stored.KEPT;
		}
		OrderEntity order = new OrderEntity(r.caseNo(), r.level(), r.responsibleNo(), r.issuedBy(), r.issued(),
				r.deadline(), r.subject());
		order.setDeadline(r.currentDeadline());
		order.setStatus(r.status());
		order.setClosedDate(r.closed());
		em.persist(order);
		em.flush();
		event(em, order, r.issued(), DefaultSupervisionService.ISSUED,
				OrderEventTexts.issued(r.level(), r.deadline(), r.subject()), r);
		for (Extension e : r.extensions()) {
			event(em, order, e.approvedOn(), DefaultSupervisionService.EXTENDED,
					OrderEventTexts.extended(e.deadline(), EXTENSION_REASON), r);
		}
		if (r.status() == OrderStatus.CLOSED) {
			event(em, order, r.closed(), DefaultSupervisionService.CLOSED, OrderEventTexts.closed(r.result()), r);
		}
		return Stored.INSERTED;
	}

	/** The orders of the cases of the reader's departments, by day issued. */
	@Override
	protected List<List<String>> export(EntityManager em, Principal reader) {
		if (CaseJpql.seesNothing(reader)) {
			return List.of();
		}
		var query = em.createQuery("select o from OrderEntity o, CaseEntity c where c.caseNo = o.caseNo"
				+ (reader.scope().all() ? "" : " and c.departmentCode in :scope")
				+ " order by o.issuedDate, o.id", OrderEntity.class);
		if (!reader.scope().all()) {
			query.setParameter("scope", reader.scope().departmentCodes());
		}
		return query.getResultList().stream().map(o -> row(em, o).cells()).toList();
	}

	/** The stored order as a row: the order, and from its tracking record its first deadline, extensions, result. */
	private static Row row(EntityManager em, OrderEntity entity) {
		SupervisionOrder o = entity.toOrder();
		List<TimelineEvent> events = em.createQuery("select e from OrderEventEntity e where e.orderId = :id"
				+ " order by e.date, e.id", OrderEventEntity.class).setParameter("id", o.id()).getResultList().stream()
				.map(OrderEventEntity::toEvent).toList();
		List<Extension> extensions = new ArrayList<>();
		LocalDate first = null;
		String result = "";
		for (TimelineEvent e : events) {
			switch (e.kind()) {
			case DefaultSupervisionService.ISSUED -> first = OrderEventTexts.issuedDeadline(e.detail());
			case DefaultSupervisionService.EXTENDED -> {
				LocalDate to = OrderEventTexts.extendedTo(e.detail());
				if (to != null) {
					extensions.add(new Extension(e.date(), to));
				}
			}
			case DefaultSupervisionService.CLOSED -> result = OrderEventTexts.closedResult(e.detail());
			default -> {
				// reminders, notes, escalations and requests are the record's, not the ledger's
			}
			}
		}
		LocalDate deadline = extensions.isEmpty() || first == null ? o.deadline() : first;
		return new Row(o.caseNo(), o.level(), o.responsibleNo(), o.subject(), o.issuedDate(), deadline,
				List.copyOf(extensions), o.status(), o.closedDate(), o.status() == OrderStatus.CLOSED ? result : "",
				o.issuedBy());
	}

	private static List<OrderEntity> stored(EntityManager em, Row r) {
		return em.createQuery("select o from OrderEntity o where o.caseNo = :caseNo and o.issuedDate = :issued"
				+ " order by o.id", OrderEntity.class).setParameter("caseNo", r.caseNo())
				.setParameter("issued", r.issued()).getResultList();
	}

	/** An event of the order's tracking record, recorded as the ledger's 督办人. */
	private static void event(EntityManager em, OrderEntity order, LocalDate day, String kind, String detail, Row r) {
		em.persist(new OrderEventEntity(order.id(), order.caseNo(), day, kind, detail, r.issuedBy()));
		// one by one, as the service does: events of the same day are shown in id order
		em.flush();
	}

	/** The canonical case number, or null with a problem saying what is wrong with it. */
	private static String caseNo(LedgerRowValidator v, LedgerRow row) {
		String text = v.text(row, CASE, 60);
		if (text == null) {
			return null;
		}
		try {
			return CaseNumber.parse(text).text();
		} catch (MalformedCaseNumberException e) {
			v.problem(row, CASE, NLS.bind(Messages.invalidCaseNo, text, e.reason()));
			return null;
		}
	}
}
