package ducha.inspections.ui.internal;

import java.time.LocalDate;
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
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import ducha.app.ui.Background;
import ducha.app.ui.Forms;
import ducha.app.ui.ListTable;
import ducha.app.ui.ListTable.Column;
import ducha.app.ui.OpensRecords;
import ducha.app.ui.PeopleNames;
import ducha.app.ui.Refreshable;
import ducha.app.ui.Rights;
import ducha.core.attachments.AttachmentService;
import ducha.core.attachments.StoredAttachment;
import ducha.core.directory.Department;
import ducha.core.directory.DepartmentNames;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.Staff;
import ducha.core.directory.StaffQuery;
import ducha.core.period.Period;
import ducha.core.security.Principal;
import ducha.inspections.ChecklistService;
import ducha.inspections.Finding;
import ducha.inspections.Inspection;
import ducha.inspections.InspectionPermissions;
import ducha.inspections.InspectionService;
import ducha.inspections.PlanService;

/**
 * 督察登记: the year's inspections the user may see; the selected one's findings with their rectification state,
 * and the selected finding's evidence files. 登记督察… records an inspection (checklist included), 添加问题… a
 * finding with its evidence file; 报告整改 / 核实销号 / 督察销号 move the rectification on. The services refuse what
 * the user may not do, and the refusal is shown in the status line.
 */
public class InspectionsPart implements OpensRecords, Refreshable {

	/** The plans an inspection recorded today may carry out: those overdue or due within a month. */
	private static final int OPEN_PLANS_WITHIN_DAYS = 31;

	@Inject
	private Principal principal;

	@Inject
	private Rights rights;

	@Inject
	private Background background;

	/** The names of the findings' staff and of who added evidence, read in the load jobs. */
	@Inject
	private PeopleNames people;

	private volatile InspectionService inspections;
	private volatile ChecklistService checklists;
	private volatile DirectoryService directory;
	private volatile PlanService plans;

	@Inject
	@Optional
	private volatile AttachmentService attachments;

	/**
	 * The year's inspections with the department names and the inspectors' names (by 工号) to show them with, read
	 * together off the UI thread.
	 */
	private record Loaded(List<Inspection> inspections, DepartmentNames names, Map<String, String> staffNames) {
	}

	private DepartmentNames names = DepartmentNames.of(List.of());
	private Map<String, String> staffNames = Map.of();
	private Combo year;
	private Label status;
	private ListTable<Inspection> table;
	private ListTable<Finding> findings;
	private ListTable<StoredAttachment> files;
	private Button addFinding;
	private Button rectified;
	private Button verify;
	private Button close;

	@Inject
	void servicesChanged(@Optional InspectionService service, @Optional ChecklistService checklistService,
			@Optional DirectoryService directoryService, @Optional PlanService planService) {
		inspections = service;
		checklists = checklistService;
		directory = directoryService;
		plans = planService;
		if (table != null && !table.control().isDisposed() && service != null) {
			load(null);
		}
	}

	@PostConstruct
	void create(Composite parent) {
		Composite bar = Forms.bar(parent, 9);
		Forms.label(bar, Messages.year);
		year = Forms.yearCombo(bar, "inspections.year");
		year.addListener(SWT.Selection, e -> load(null));
		status = Forms.summary(bar, "inspections.status");
		rights.require(Forms.button(bar, "inspections.new", Messages.newInspection), InspectionPermissions.MANAGE)
				.addListener(SWT.Selection, e -> record());
		addFinding = Forms.button(bar, "inspections.addFinding", Messages.addFinding);
		addFinding.addListener(SWT.Selection, e -> addFinding());
		rectified = Forms.button(bar, "inspections.rectified", Messages.reportRectified);
		rectified.addListener(SWT.Selection, e -> step(Step.RECTIFIED));
		verify = Forms.button(bar, "inspections.verify", Messages.verify);
		verify.addListener(SWT.Selection, e -> step(Step.VERIFY));
		close = Forms.button(bar, "inspections.close", Messages.close);
		close.addListener(SWT.Selection, e -> step(Step.CLOSE));

		table = new ListTable<>(parent, "inspections.list", false, Inspection.class,
				new Column<>(Messages.colNumber, 110, Inspection::inspectionNo),
				new Column<>(Messages.colTime, 130, i -> i.at().toString().replace('T', ' ')),
				new Column<>(Messages.colKind, 80, i -> i.kind().label()),
				new Column<>(Messages.colMode, 60, i -> i.mode().label()),
				new Column<>(Messages.colSource, 100, i -> i.source().label()),
				new Column<>(Messages.colSubject, 120, i -> i.subject().label()),
				new Column<>(Messages.colDepartments, 200, this::departments),
				new Column<>(Messages.colInspectors, 140, i -> i.inspectorNames(no -> staffNames.getOrDefault(no, no))),
				new Column<>(Messages.colClosed, 90, i -> i.closed() ? i.closedOn().toString() : ""));
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.control());
		table.onSelect(i -> selected());
		table.actions(addFinding, close);

		findings = new ListTable<>(parent, "inspections.findings", false, Finding.class,
				new Column<>(Messages.colNumber, 120, Finding::findingNo),
				new Column<>(Messages.colDepartment, 120, f -> name(f.departmentCode())),
				new Column<>(Messages.colPerson, 120, f -> people.staffWithNo(f.staffNo())),
				new Column<>(Messages.colDescription, 280, Finding::description),
				new Column<>(Messages.colDeadline, 90, f -> f.deadline().toString()),
				new Column<>(Messages.colState, 110, InspectionsPart::state),
				new Column<>(Messages.colBulletin, 100, f -> f.bulletinNumber() == null ? "" : f.bulletinNumber()));
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 140).applyTo(findings.control());
		findings.onSelect(f -> findingSelected());
		findings.actions(rectified, verify);

		files = new ListTable<>(parent, "inspections.files", false, StoredAttachment.class,
				new Column<>(Messages.colFile, 320, StoredAttachment::fileName),
				new Column<>(Messages.colSize, 90, a -> Math.max(1, a.size() / 1024) + " KB"),
				new Column<>(Messages.colAddedBy, 120, a -> people.account(a.createdBy())));
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 80).applyTo(files.control());
		selected();
		if (inspections != null) {
			load(null);
		} else {
			status.setText(Messages.unavailable);
		}
	}

	private String departments(Inspection i) {
		return String.join("、", i.departments().stream().map(this::name).toList());
	}

	/** The department's name from the names read with the list (a table cell never reads the database). */
	private String name(String code) {
		return names.name(code);
	}

	static String state(Finding f) {
		return f.verified() ? Messages.stateVerified
				: f.rectifiedOn() != null ? Messages.stateRectified
						: f.overdue(LocalDate.now()) ? Messages.stateOverdue : Messages.stateOpen;
	}

	/** Shows the year of the inspection numbered DC<year>-NNN and selects it (the quick-find's hit). */
	@Override
	public void openRecord(String inspectionNo) {
		String yearText = inspectionNo.length() >= 6 ? inspectionNo.substring(2, 6) : "";
		int index = year.indexOf(yearText);
		if (index >= 0) {
			year.select(index);
		}
		load(inspectionNo);
	}

	private void load(String select) {
		InspectionService service = inspections;
		if (service == null) {
			status.setText(Messages.unavailable);
			return;
		}
		Period period = Period.year(Integer.parseInt(year.getText()));
		DirectoryService dir = directory;
		status.setText(Messages.loading);
		background.run(Messages.loadJob, () -> {
			List<Inspection> list = service.inspections(period, principal);
			return new Loaded(list, dir == null ? names : dir.departmentNames(), inspectorNames(dir, list));
		}, loaded -> {
			if (table.control().isDisposed()) {
				return;
			}
			names = loaded.names();
			staffNames = loaded.staffNames();
			List<Inspection> list = loaded.inspections();
			table.show(list, i -> i.inspectionNo().equals(select));
			Forms.report(status, NLS.bind(Messages.inspectionsCount, list.size()), false);
			selected();
		}, this::refused);
	}

	/** The names of the inspectors of the inspections, by 工号 (off the UI thread). */
	private static Map<String, String> inspectorNames(DirectoryService dir, List<Inspection> list) {
		Map<String, String> found = new HashMap<>();
		if (dir != null) {
			list.stream().flatMap(i -> i.inspectorNos().stream()).distinct()
					.forEach(no -> dir.staff(no).ifPresent(s -> found.put(no, s.name())));
		}
		return found;
	}

	private void selected() {
		Inspection i = table.selected();
		rights.enable(addFinding, i != null && !i.closed(), InspectionPermissions.MANAGE);
		rights.enable(close, i != null && !i.closed(), InspectionPermissions.MANAGE);
		findings.show(List.of(), null);
		findingSelected();
		InspectionService service = inspections;
		if (i != null && service != null) {
			background.run(Messages.loadJob, () -> {
				List<Finding> list = service.findings(i.inspectionNo(), principal);
				people.warm(list.stream().map(Finding::staffNo).filter(no -> no != null).distinct().toList());
				return list;
			}, list -> {
				if (!findings.control().isDisposed()) {
					findings.show(list, null);
					findingSelected();
				}
			}, this::refused);
		}
	}

	private void findingSelected() {
		Finding f = findings.selected();
		rights.enable(rectified, f != null && f.rectifiedOn() == null, InspectionPermissions.RECTIFY);
		rights.enable(verify, f != null && f.rectifiedOn() != null && !f.verified(), InspectionPermissions.MANAGE);
		files.show(List.of(), null);
		AttachmentService service = attachments;
		if (f != null && service != null) {
			background.run(Messages.loadJob,
					() -> {
						List<StoredAttachment> list = service.list(InspectionService.EVIDENCE_OWNER, f.findingNo(),
								principal);
						people.warmAccounts(list.stream().map(StoredAttachment::createdBy).distinct().toList());
						return list;
					}, list -> {
						if (!files.control().isDisposed()) {
							files.show(list, null);
						}
					}, this::refused);
		}
	}

	private void record() {
		InspectionService service = inspections;
		ChecklistService templates = checklists;
		DirectoryService dir = directory;
		PlanService planned = plans;
		if (service == null || templates == null || dir == null || planned == null) {
			return;
		}
		background.run(Messages.loadJob, () -> new InspectionDialog.Choices(
				dir.departments().stream().filter(Department::active).toList(), templates.latest(principal),
				dir.staff(StaffQuery.ALL, principal), dir.departmentNames(),
				planned.due(LocalDate.now(), OPEN_PLANS_WITHIN_DAYS, principal)),
				choices -> {
					InspectionDialog dialog = new InspectionDialog(table.control().getShell(), background, service,
							planned, principal, choices);
					if (dialog.open() == Window.OK) {
						Forms.report(status, NLS.bind(Messages.saved, dialog.saved().inspectionNo()), false);
						load(dialog.saved().inspectionNo());
					}
				}, this::refused);
	}

	private void addFinding() {
		Inspection i = table.selected();
		InspectionService service = inspections;
		if (i == null || service == null) {
			return;
		}
		DirectoryService dir = directory;
		if (dir == null) {
			return;
		}
		// the finding's person is chosen by name, read before the form opens: the whole staff list, so that a person
		// inspected who has left since is still shown (the chooser offers only those still with the court otherwise)
		background.run(Messages.loadJob, () -> new Staffing(
				dir.staff(StaffQuery.ALL, principal), dir.departmentNames()),
				staffing -> {
					FindingDialog dialog = new FindingDialog(table.control().getShell(), background, service,
							attachments, principal, i, this::name, staffing.staff(), staffing.departments());
					if (dialog.open() == Window.OK) {
						Forms.report(status, NLS.bind(Messages.saved, dialog.saved().findingNo()), false);
						selected();
					}
				}, this::refused);
	}

	/** Whom the 添加问题 form offers as the finding's person. */
	private record Staffing(List<Staff> staff, DepartmentNames departments) {
	}

	/** A step of the rectification flow, taken today. */
	private enum Step {
		RECTIFIED, VERIFY, CLOSE
	}

	private void step(Step step) {
		InspectionService service = inspections;
		Inspection i = table.selected();
		Finding f = findings.selected();
		if (service == null || i == null || step != Step.CLOSE && f == null) {
			return;
		}
		LocalDate today = LocalDate.now();
		background.run(Messages.saveJob, () -> switch (step) {
		case RECTIFIED -> service.reportRectified(f.findingNo(), f.version(), today, Messages.rectifiedNote, principal)
				.findingNo();
		case VERIFY -> service.verify(f.findingNo(), f.version(), today, principal).findingNo();
		case CLOSE -> service.close(i.inspectionNo(), today, principal).inspectionNo();
		}, no -> {
			Forms.report(status, NLS.bind(Messages.saved, no), false);
			load(i.inspectionNo());
		}, this::refused);
	}

	private void refused(String reason) {
		if (!status.isDisposed()) {
			Forms.report(status, reason, true);
		}
	}

	/** F5: the year's inspections again. */
	@Override
	public void refresh() {
		load(null);
	}
}
