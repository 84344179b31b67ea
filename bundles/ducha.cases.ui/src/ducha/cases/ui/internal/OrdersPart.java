package ducha.cases.ui.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import ducha.app.ui.Background;
import ducha.app.ui.FormDialog;
import ducha.app.ui.Forms;
import ducha.app.ui.ListTable;
import ducha.app.ui.ListTable.Column;
import ducha.app.ui.PeopleNames;
import ducha.app.ui.Refreshable;
import ducha.app.ui.Rights;
import ducha.app.ui.ShowsSubsets;
import ducha.cases.CasePermissions;
import ducha.cases.OrderStatus;
import ducha.cases.SupervisionOrder;
import ducha.cases.SupervisionService;
import ducha.cases.TimelineEvent;
import ducha.core.directory.DepartmentNames;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.EmploymentStatus;
import ducha.core.directory.Staff;
import ducha.core.directory.StaffQuery;
import ducha.core.security.Principal;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * 督办: the supervision orders of the user's departments filtered by status, the actions on the selected order,
 * and below the selected case's tracking record (一案一跟踪). Every service call runs in a job; the service's
 * answer, a refusal included, appears in the status line.
 */
public class OrdersPart implements ShowsSubsets, Refreshable {

	/** An order with its responsible person's name, resolved in the job. */
	record Row(SupervisionOrder order, String responsible) {
	}

	@Inject
	private Principal principal;

	@Inject
	private SupervisionService supervision;

	@Inject
	private DirectoryService directory;

	@Inject
	private Background background;

	@Inject
	private Rights rights;

	@Inject
	private PeopleNames people;
	private Label status;
	private Combo filter;
	private ListTable<Row> orders;
	private Label timelineTitle;
	private ListTable<TimelineEvent> timeline;
	private Button start;
	private Button note;
	private Button request;
	private Button approve;
	private Button close;
	/** Counts the reads started: one that a later read overtook (another filter) is not shown. */
	private int generation;

	@PostConstruct
	void create(Composite parent) {
		Composite bar = Forms.bar(parent, 4);
		new Label(bar, SWT.NONE).setText(Messages.Order_filter);
		filter = Forms.combo(bar, "orders.filter", Messages.Order_all, OrderStatus.OPEN.label(),
				OrderStatus.IN_PROGRESS.label(), OrderStatus.CLOSED.label(), OrderStatus.OVERDUE.label());
		filter.addListener(SWT.Selection, e -> load(null, null));
		Forms.button(bar, "orders.reload", Messages.Cases_reload).addListener(SWT.Selection,
				e -> load(selectedId(), null));
		status = Forms.status(bar, "orders.status", 1);

		Composite actions = new Composite(parent, SWT.NONE);
		actions.setLayout(new RowLayout(SWT.HORIZONTAL));
		rights.require(Forms.button(actions, "orders.new", Messages.Order_new), CasePermissions.SUPERVISE)
				.addListener(SWT.Selection, e -> issue());
		start = Forms.button(actions, "orders.start", Messages.Order_start);
		start.addListener(SWT.Selection, e -> change(Messages.Order_start,
				o -> supervision.start(o.id(), o.version(), LocalDate.now(), principal)));
		note = Forms.button(actions, "orders.note", Messages.Order_note);
		note.addListener(SWT.Selection, e -> note());
		request = Forms.button(actions, "orders.request", Messages.Order_request);
		request.addListener(SWT.Selection, e -> requestExtension());
		approve = Forms.button(actions, "orders.approve", Messages.Order_approve);
		approve.addListener(SWT.Selection, e -> approveExtension());
		close = Forms.button(actions, "orders.close", Messages.Order_close);
		close.addListener(SWT.Selection, e -> close());

		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		orders = new ListTable<>(sash, "orders.table", false, Row.class,
				new Column<Row>(Messages.Order_colId, 45, r -> Long.toString(r.order().id())),
				new Column<Row>(Messages.Cases_colNo, 185, r -> r.order().caseNo()),
				new Column<Row>(Messages.Order_colSubject, 260, r -> r.order().subject()),
				new Column<Row>(Messages.Order_colLevel, 85, r -> r.order().level().label()),
				new Column<Row>(Messages.Order_colResponsible, 105, Row::responsible),
				new Column<Row>(Messages.Order_colIssued, 95, r -> r.order().issuedDate().toString()),
				new Column<Row>(Messages.Order_colDeadline, 95, r -> r.order().deadline().toString()),
				new Column<Row>(Messages.Order_colDaysLeft, 75, r -> daysLeft(r.order())),
				new Column<Row>(Messages.Order_colStatus, 65, r -> r.order().status().label()));
		orders.onSelect(this::select);
		orders.actions(start, note, request, approve, close);
		orders.exportTo(background, status, Messages.Order_listName);
		Composite lower = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(lower);
		timelineTitle = new Label(lower, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(timelineTitle);
		timeline = new ListTable<>(lower, "orders.timeline", false, TimelineEvent.class,
				new Column<TimelineEvent>(Messages.Timeline_colDate, 95, e -> e.date().toString()),
				new Column<TimelineEvent>(Messages.Order_colId, 45, e -> Long.toString(e.orderId())),
				new Column<TimelineEvent>(Messages.Timeline_colKind, 110, e -> Timeline.kind(e.kind())),
				new Column<TimelineEvent>(Messages.Timeline_colDetail, 460, TimelineEvent::detail),
				new Column<TimelineEvent>(Messages.Timeline_colActor, 90, e -> people.account(e.actor())));
		GridDataFactory.fillDefaults().grab(true, true).applyTo(timeline.control());
		sash.setWeights(60, 40);
		select(null);
		load(null, null);
	}

	/** Days until the deadline of an active order, "超期 N 天" once it passed; empty when closed. */
	static String daysLeft(SupervisionOrder order) {
		if (!order.status().isActive()) {
			return "";
		}
		long days = ChronoUnit.DAYS.between(LocalDate.now(), order.deadline());
		return days >= 0 ? Long.toString(days) : NLS.bind(Messages.Order_overdueDays, -days);
	}

	/** The tile 超期督办 opens 督办 on the overdue orders (a subset is the name of a status). */
	@Override
	public void showSubset(String subset) {
		for (OrderStatus status : OrderStatus.values()) {
			if (status.name().equals(subset)) {
				filter.select(filter.indexOf(status.label()));
				load(null, null);
			}
		}
	}

	private OrderStatus statusFilter() {
		String chosen = filter.getText();
		return Arrays.stream(OrderStatus.values()).filter(s -> s.label().equals(chosen)).findFirst().orElse(null);
	}

	private Long selectedId() {
		Row row = orders.selected();
		return row == null ? null : row.order().id();
	}

	/**
	 * Reads the orders in a job and selects the order with the given id again, if still listed; the status line
	 * then shows the message, or the summary when it is null.
	 */
	private void load(Long keep, String message) {
		loadThen(keep, rows -> setStatus(message != null ? message
				: NLS.bind(Messages.Order_summary, rows.size(),
						rows.stream().filter(r -> r.order().status() == OrderStatus.OVERDUE).count())));
	}

	/** Loads the orders, keeps the order {@code keep} selected and then reports on the status line. */
	private void loadThen(Long keep, Consumer<List<Row>> report) {
		status.setText(Messages.Cases_loading);
		OrderStatus wanted = statusFilter();
		int current = ++generation;
		background.run(Messages.Order_loadJob, () -> supervision.orders(wanted, principal).stream()
				.map(o -> new Row(o, people.staffWithNo(o.responsibleNo()))).toList(), rows -> {
					if (current == generation) {
						show(rows, keep, report);
					}
				}, this::fail);
	}

	private void show(List<Row> rows, Long keep, Consumer<List<Row>> report) {
		if (status.isDisposed()) {
			return;
		}
		orders.show(rows, keep == null ? null : r -> r.order().id() == keep);
		report.accept(rows);
		select(orders.selected());
	}

	private void select(Row row) {
		SupervisionOrder order = row == null ? null : row.order();
		boolean active = order != null && order.status().isActive();
		boolean extendable = active && order.status() != OrderStatus.OVERDUE;
		rights.enable(start, order != null && order.status() == OrderStatus.OPEN, CasePermissions.SUPERVISE);
		rights.enable(note, order != null, CasePermissions.SUPERVISE);
		rights.enable(request, extendable, CasePermissions.SUPERVISE);
		// there is something to approve only once the tracking record (read below) holds a request
		rights.enable(approve, false, CasePermissions.SUPERVISE);
		rights.enable(close, active, CasePermissions.SUPERVISE);
		if (order == null) {
			timelineTitle.setText(Messages.Timeline_none);
			timeline.show(List.of(), null);
			return;
		}
		String caseNo = order.caseNo();
		timelineTitle.setText(NLS.bind(Messages.Timeline_title, caseNo));
		background.run(Messages.Timeline_loadJob, () -> {
			List<TimelineEvent> events = supervision.timeline(caseNo, principal);
			people.warmAccounts(events.stream().map(TimelineEvent::actor).distinct().toList());
			return events;
		}, events -> {
			Row now = orders.selected();
			if (!timeline.control().isDisposed() && now != null && now.order().caseNo().equals(caseNo)) {
				timeline.show(events, null);
				rights.enable(approve, extendable && now.order().id() == order.id()
						&& SupervisionService.extensionRequested(order.id(), events), CasePermissions.SUPERVISE);
			}
		}, this::fail);
	}

	private void issue() {
		Row row = orders.selected();
		String caseNo = row == null ? null : row.order().caseNo();
		// the responsible person is chosen by name from the active staff, read off the UI thread
		background.run(Messages.Order_loadJob, () -> new Staffing(
				directory.staff(new StaffQuery(null, EmploymentStatus.ACTIVE, null), principal),
				directory.departmentNames()), staffing -> {
					OrderDialog dialog = new OrderDialog(status.getShell(), background, caseNo, staffing.staff(),
							staffing.departments(), e -> () -> supervision.issue(e.caseNo(), e.level(),
									e.responsibleNo(), LocalDate.now(), e.deadline(), e.subject(), principal));
					if (dialog.open() == Window.OK) {
						done(Messages.Order_new, dialog.saved());
					}
				}, this::fail);
	}

	/** Whom the 新建督办 form offers as responsible. */
	private record Staffing(List<Staff> staff, DepartmentNames departments) {
	}

	private void note() {
		SupervisionOrder order = orders.selected().order();
		open(new TextDialog<>(status.getShell(), background, Messages.Order_note, Messages.Order_noteText,
				text -> () -> {
					supervision.note(order.id(), LocalDate.now(), text, principal);
					return order;
				}, null), Messages.Order_note);
	}

	/** A request is kept in the case's tracking record; 批准延期 then moves the deadline. */
	private void requestExtension() {
		SupervisionOrder order = orders.selected().order();
		open(new ExtensionDialog<>(status.getShell(), background, Messages.Order_request, order.deadline().plusDays(15),
				e -> () -> {
					supervision.requestExtension(order.id(), LocalDate.now(), e.newDeadline(), e.reason(), principal);
					return order;
				}, null), Messages.Order_request);
	}

	/** 批准延期 moves the deadline for good: OK asks first. */
	private void approveExtension() {
		Seen seen = new Seen(orders.selected().order());
		ExtensionDialog<SupervisionOrder> dialog = new ExtensionDialog<>(status.getShell(), background,
				Messages.Order_approve, seen.order.deadline().plusDays(15), e -> {
					SupervisionOrder order = seen.order;
					return () -> supervision.extend(order.id(), order.version(), e.newDeadline(), LocalDate.now(),
							e.reason(), principal);
				}, reread(seen));
		dialog.confirmBefore(NLS.bind(Messages.Order_approveConfirm, seen.order.id(), seen.order.caseNo()),
				Messages.Order_approveAction);
		open(dialog, Messages.Order_approve);
	}

	/** 办结 closes the order for good: OK asks first. */
	private void close() {
		Seen seen = new Seen(orders.selected().order());
		TextDialog<SupervisionOrder> dialog = new TextDialog<>(status.getShell(), background, Messages.Order_close,
				Messages.Order_result, result -> {
					SupervisionOrder order = seen.order;
					return () -> supervision.close(order.id(), order.version(), LocalDate.now(), result, principal);
				}, reread(seen));
		dialog.confirmBefore(NLS.bind(Messages.Order_closeConfirm, seen.order.id(), seen.order.caseNo()),
				Messages.Order_closeAction);
		open(dialog, Messages.Order_close);
	}

	/** The order as the user last saw it, whose version a step names; 重新载入 after a refusal replaces it. */
	private static final class Seen {
		volatile SupervisionOrder order;

		Seen(SupervisionOrder order) {
			this.order = order;
		}
	}

	/** Reads the order again (in the dialog's job) and then keeps it as the one seen (on the UI thread). */
	private Callable<Runnable> reread(Seen seen) {
		long id = seen.order.id();
		return () -> {
			SupervisionOrder stored = supervision.order(id, principal);
			return () -> seen.order = stored;
		};
	}

	/** Opens a dialog that stores a change of the order; the changed order is shown once it is stored. */
	private void open(FormDialog<SupervisionOrder> dialog, String what) {
		if (dialog.open() == Window.OK) {
			done(what, dialog.saved());
		}
	}

	private void change(String what, Function<SupervisionOrder, SupervisionOrder> call) {
		Row row = orders.selected();
		if (row != null) {
			SupervisionOrder order = row.order();
			run(what, order.id(), () -> call.apply(order));
		}
	}

	private void run(String what, long id, Callable<SupervisionOrder> call) {
		status.setText(Messages.Cases_saving);
		// a refused step shows the orders as stored now: another desktop may have changed this one
		background.run(what, call, order -> done(what, order), reason -> loadThen(id, rows -> fail(reason)));
	}

	private void done(String what, SupervisionOrder order) {
		load(order.id(), NLS.bind(Messages.Order_done, new Object[] { what, order.id(), order.status().label() }));
	}

	private void setStatus(String text) {
		Forms.report(status, text, false);
	}

	private void fail(String reason) {
		Forms.refused(status, reason);
	}

	@Focus
	void focus() {
		orders.control().setFocus();
	}

	/** F5: what 刷新 does: the orders again, the selected one kept. */
	@Override
	public void refresh() {
		load(selectedId(), null);
	}
}
