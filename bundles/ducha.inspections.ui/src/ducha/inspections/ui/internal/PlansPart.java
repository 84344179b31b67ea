package ducha.inspections.ui.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import ducha.app.ui.Background;
import ducha.app.ui.Forms;
import ducha.app.ui.ListTable;
import ducha.app.ui.ListTable.Column;
import ducha.app.ui.Refreshable;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.Staff;
import ducha.core.directory.StaffQuery;
import ducha.core.directory.SupervisorAssignment;
import ducha.core.directory.SupervisorRole;
import ducha.core.directory.SupervisorService;
import ducha.core.security.Principal;
import ducha.inspections.InspectionPlan;
import ducha.inspections.PlanService;

/**
 * 督察计划: the year's plans with what is done, due and overdue, a supervisor assignee shown by name; 制定计划… plans
 * the year (or the rest of it), offering the specialist groups and the supervisors of its first day.
 */
public class PlansPart implements Refreshable {

	@Inject
	private Principal principal;

	@Inject
	private Background background;

	private volatile PlanService plans;
	private volatile DirectoryService directory;
	private volatile SupervisorService supervisors;

	/** An assignee that is a 工号, by the name it is shown with (read with the plans off the UI thread). */
	private Map<String, String> staffNames = Map.of();

	/** The year's plans and the names of the supervisors they are assigned to, read together. */
	private record Loaded(List<InspectionPlan> plans, Map<String, String> staffNames) {
	}

	private Combo year;
	private Label status;
	private ListTable<InspectionPlan> table;

	@Inject
	void servicesChanged(@Optional PlanService service, @Optional DirectoryService directoryService,
			@Optional SupervisorService supervisorService) {
		plans = service;
		directory = directoryService;
		supervisors = supervisorService;
		if (table != null && !table.control().isDisposed() && service != null) {
			load();
		}
	}

	@PostConstruct
	void create(Composite parent) {
		Composite bar = Forms.bar(parent, 4);
		Forms.label(bar, Messages.year);
		int thisYear = LocalDate.now().getYear();
		year = Forms.combo(bar, "plans.year", String.valueOf(thisYear), String.valueOf(thisYear + 1),
				String.valueOf(thisYear - 1));
		year.addListener(SWT.Selection, e -> load());
		status = Forms.summary(bar, "plans.status");
		Forms.button(bar, "plans.plan", Messages.planYear).addListener(SWT.Selection, e -> plan());
		table = new ListTable<>(parent, "plans.list", false, InspectionPlan.class,
				new Column<>(Messages.colNumber, 100, InspectionPlan::planNo),
				new Column<>(Messages.colMonth, 80, p -> p.month().toString()),
				new Column<>(Messages.colKind, 80, p -> p.kind().label()),
				new Column<>(Messages.colSubject, 130, p -> p.subject().label()),
				new Column<>(Messages.colAssignee, 140, p -> staffNames.getOrDefault(p.assignee(), p.assignee())),
				new Column<>(Messages.colDeadline, 100, p -> p.due().toString()),
				new Column<>(Messages.colState, 120, PlansPart::state));
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.control());
		if (plans != null) {
			load();
		} else {
			status.setText(Messages.unavailable);
		}
	}

	private static String state(InspectionPlan p) {
		return p.done() ? p.inspectionNo() : p.overdue(LocalDate.now()) ? Messages.stateOverdue : Messages.stateOpen;
	}

	private void load() {
		PlanService service = plans;
		if (service == null) {
			return;
		}
		int chosen = Integer.parseInt(year.getText());
		DirectoryService dir = directory;
		background.run(Messages.loadJob, () -> {
			List<InspectionPlan> list = service.plans(chosen, principal);
			Map<String, String> found = new HashMap<>();
			if (dir != null) {
				list.stream().map(InspectionPlan::assignee).distinct().forEach(a -> dir.staff(a)
						.ifPresent(s -> found.put(a, s.name() + "（" + a + "）")));
			}
			return new Loaded(list, found);
		}, loaded -> {
			if (!table.control().isDisposed()) {
				List<InspectionPlan> list = loaded.plans();
				staffNames = loaded.staffNames();
				table.show(list, null);
				Forms.report(status, NLS.bind(Messages.plansCount, list.size(),
						list.stream().filter(p -> p.overdue(LocalDate.now())).count()), false);
			}
		}, this::refused);
	}

	private void plan() {
		PlanService service = plans;
		DirectoryService dir = directory;
		SupervisorService roles = supervisors;
		if (service == null || dir == null || roles == null) {
			return;
		}
		int chosen = Integer.parseInt(year.getText());
		LocalDate day = PlanDialog.firstDay(chosen);
		background.run(Messages.loadJob, () -> new PlanDialog.Choices(service.groupsOn(day, principal),
				supervisorsOn(day, dir, roles), dir.staff(StaffQuery.ALL, principal), dir.departmentNames()),
				choices -> {
					PlanDialog dialog = new PlanDialog(table.control().getShell(), background, service, principal,
							chosen, choices);
					if (dialog.open() == Window.OK) {
						load();
					}
				}, this::refused);
	}

	/** Who holds a supervision role on the day, each once, in the order of the roles (off the UI thread). */
	private static List<Staff> supervisorsOn(LocalDate day, DirectoryService dir, SupervisorService roles) {
		return Arrays.stream(SupervisorRole.values()).flatMap(role -> roles.heldOn(role, day).stream())
				.map(SupervisorAssignment::staffNo).distinct().map(dir::staff).flatMap(java.util.Optional::stream)
				.toList();
	}

	private void refused(String reason) {
		if (!status.isDisposed()) {
			Forms.report(status, reason, true);
		}
	}

	/** F5: the year's plan again. */
	@Override
	public void refresh() {
		load();
	}
}
