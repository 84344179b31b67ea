package ducha.inspections.ui.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.TableEditor;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import ducha.app.ui.DateField;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import ducha.app.ui.Background;
import ducha.app.ui.FormDialog;
import ducha.app.ui.Forms;
import ducha.app.ui.StaffListChooser;
import ducha.core.Labelled;
import ducha.core.directory.Department;
import ducha.core.directory.DepartmentNames;
import ducha.core.directory.Staff;
import ducha.core.security.Principal;
import ducha.inspections.Checklist;
import ducha.inspections.ChecklistItem;
import ducha.inspections.Inspection;
import ducha.inspections.InspectionKind;
import ducha.inspections.InspectionMode;
import ducha.inspections.InspectionPlan;
import ducha.inspections.InspectionService;
import ducha.inspections.InspectionSource;
import ducha.inspections.InspectionSubject;
import ducha.inspections.ItemResult;
import ducha.inspections.PlanService;

/**
 * 登记督察: a new inspection of one department, with the persons inspected, the inspectors chosen by name (when it
 * carries out a plan assigned to a specialist group, the group's members are filled in, and may be changed) and,
 * when a checklist is chosen, its items: a ticked pass/fail item passed, an unticked one failed; a scored item gets
 * the points chosen beside it (its full score unless lowered).
 */
final class InspectionDialog extends FormDialog<Inspection> {

	/** What the form offers, read off the UI thread before it opens: the open plans are those due soon or overdue. */
	record Choices(List<Department> departments, List<Checklist> checklists, List<Staff> staff, DepartmentNames names,
			List<InspectionPlan> openPlans) {
	}

	private final Background background;
	private final InspectionService inspections;
	private final PlanService plans;
	private final Principal principal;
	private final Choices choices;

	private DateField date;
	private Text time;
	private final List<Spinner> scores = new ArrayList<>();
	private Combo kind;
	private Combo mode;
	private Combo source;
	private Combo subject;
	private Combo department;
	private StaffListChooser persons;
	private Combo plan;
	private StaffListChooser inspectors;
	private Text summary;
	private Combo checklist;
	private Table items;

	InspectionDialog(Shell parent, Background background, InspectionService inspections, PlanService plans,
			Principal principal, Choices choices) {
		super(parent, background, Messages.inspectionTitle, Messages.inspectionHeading, Messages.inspectionMessage);
		this.background = background;
		this.inspections = inspections;
		this.plans = plans;
		this.principal = principal;
		this.choices = choices;
	}

	@Override
	protected void fields(Composite form) {
		date = Forms.date(form, Messages.fieldDate, "inspection.date", LocalDate.now());
		time = Forms.text(form, Messages.fieldTime, "inspection.time");
		time.setText("09:00");
		kind = Forms.choice(form, Messages.fieldKind, "inspection.kind", labels(InspectionKind.values()));
		mode = Forms.choice(form, Messages.fieldMode, "inspection.mode", labels(InspectionMode.values()));
		source = Forms.choice(form, Messages.fieldSource, "inspection.source", labels(InspectionSource.values()));
		subject = Forms.choice(form, Messages.fieldSubject, "inspection.subject", labels(InspectionSubject.values()));
		department = Forms.choice(form, Messages.fieldDepartment, "inspection.department",
				choices.departments().stream().map(Department::name).toArray(String[]::new));
		// the persons inspected are chosen by name like the inspectors, never typed as 工号
		persons = new StaffListChooser(form, "inspection.persons", Messages.fieldPersons, choices.staff(),
				choices.names());
		List<String> planned = new ArrayList<>();
		planned.add(Messages.noPlan);
		choices.openPlans().forEach(p -> planned.add(NLS.bind(Messages.planChoice, p.planNo(), assignee(p))));
		plan = Forms.choice(form, Messages.fieldPlan, "inspection.plan", planned.toArray(String[]::new));
		plan.addListener(SWT.Selection, e -> fillFromPlan());
		inspectors = new StaffListChooser(form, "inspection.inspectors", Messages.fieldInspectors, choices.staff(),
				choices.names());
		summary = Forms.area(form, Messages.fieldSummary, "inspection.summary", 3);
		List<String> templates = new ArrayList<>();
		templates.add(Messages.noChecklist);
		choices.checklists().forEach(c -> templates.add(c.title() + "（" + c.version() + "）"));
		checklist = Forms.choice(form, Messages.fieldChecklist, "inspection.checklist", templates.toArray(String[]::new));
		checklist.select(0);
		checklist.addListener(SWT.Selection, e -> showItems());
		new Label(form, SWT.NONE);
		items = Forms.named(new Table(form, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL | SWT.FULL_SELECTION),
				"inspection.items");
		items.setHeaderVisible(true);
		new TableColumn(items, SWT.NONE).setText(Messages.colItem);
		new TableColumn(items, SWT.NONE).setText(Messages.colScore);
		items.getColumn(0).setWidth(330);
		items.getColumn(1).setWidth(80);
		GridDataFactory.fillDefaults().grab(true, true).hint(420, 110).applyTo(items);
		for (Combo c : new Combo[] { kind, mode, source, subject, department }) {
			c.select(0);
		}
	}

	private static String[] labels(Labelled... values) {
		return Arrays.stream(values).map(Labelled::label).toArray(String[]::new);
	}

	/** A plan's assignee as shown: a supervisor (工号) by name, a group or free text as it is. */
	private String assignee(InspectionPlan p) {
		return choices.staff().stream().filter(s -> s.staffNo().equals(p.assignee())).map(Staff::name).findFirst()
				.orElse(p.assignee());
	}

	private InspectionPlan chosenPlan() {
		int index = plan.getSelectionIndex();
		return index <= 0 ? null : choices.openPlans().get(index - 1);
	}

	/**
	 * The chosen plan's kind and subject, and its assignee as inspectors (a group's members on its due day, read off
	 * the UI thread); all may still be changed.
	 */
	private void fillFromPlan() {
		InspectionPlan chosen = chosenPlan();
		if (chosen == null) {
			return;
		}
		kind.select(chosen.kind().ordinal());
		subject.select(chosen.subject().ordinal());
		background.run(Messages.loadJob, () -> plans.assignedStaff(chosen.planNo(), principal), staffNos -> {
			if (!plan.isDisposed() && chosen.equals(chosenPlan()) && !staffNos.isEmpty()) {
				inspectors.choose(staffNos);
			}
		}, reason -> {
			if (!plan.isDisposed()) {
				setErrorMessage(reason);
			}
		});
	}

	private Checklist chosenChecklist() {
		int index = checklist.getSelectionIndex();
		return index <= 0 ? null : choices.checklists().get(index - 1);
	}

	private void showItems() {
		scores.forEach(score -> {
			if (score != null) {
				score.dispose();
			}
		});
		scores.clear();
		items.removeAll();
		Checklist chosen = chosenChecklist();
		if (chosen != null) {
			for (ChecklistItem item : chosen.items()) {
				TableItem row = new TableItem(items, SWT.NONE);
				row.setText(0,
						item.subject() + "：" + item.text() + (item.scored() ? "（" + item.maxScore() + " 分）" : ""));
				row.setChecked(true);
				scores.add(item.scored() ? scoreEditor(row, item.maxScore()) : null);
			}
		}
	}

	/** The points of a scored item, 0 to its full score, edited in the row's second column. */
	private Spinner scoreEditor(TableItem row, int maxScore) {
		Spinner score = Forms.named(new Spinner(items, SWT.BORDER), "inspection.score." + items.indexOf(row));
		score.setValues(maxScore, 0, maxScore, 0, 1, 5);
		TableEditor editor = new TableEditor(items);
		editor.grabHorizontal = true;
		editor.setEditor(score, row, 1);
		// a row's spinner removed on its own takes its editor along; when the dialog closes the table has released
		// its rows first, and disposing the editor then threw a NullPointerException (the editor goes with the table)
		score.addDisposeListener(e -> {
			if (!row.isDisposed()) {
				editor.dispose();
			}
		});
		return score;
	}

	@Override
	protected List<String> problems() {
		if (at() == null) {
			return List.of(Messages.timeInvalid);
		}
		return department.getSelectionIndex() < 0 ? List.of(Messages.departmentMissing) : List.of();
	}

	private LocalDateTime at() {
		try {
			return Forms.day(date).atTime(LocalTime.parse(time.getText().strip().length() == 4
					? "0" + time.getText().strip() : time.getText().strip()));
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	@Override
	protected Callable<Inspection> save() {
		Inspection inspection = Inspection.of(at(), InspectionKind.values()[kind.getSelectionIndex()],
				InspectionMode.values()[mode.getSelectionIndex()], InspectionSource.values()[source.getSelectionIndex()],
				InspectionSubject.values()[subject.getSelectionIndex()],
				List.of(choices.departments().get(department.getSelectionIndex()).code()),
				persons.chosen(), Forms.optional(summary))
				.withInspectors(inspectors.chosen());
		Checklist chosen = chosenChecklist();
		if (chosen != null) {
			List<ItemResult> results = new ArrayList<>();
			for (int i = 0; i < chosen.items().size(); i++) {
				boolean passed = items.getItem(i).getChecked();
				ChecklistItem item = chosen.items().get(i);
				results.add(item.scored() ? ItemResult.scored(i + 1, scores.get(i).getSelection(), "")
						: passed ? ItemResult.pass(i + 1) : ItemResult.fail(i + 1, ""));
			}
			inspection = inspection.withChecklist(chosen, results);
		}
		Inspection recorded = inspection;
		InspectionPlan carriedOut = chosenPlan();
		return () -> inspections.record(recorded, carriedOut == null ? null : carriedOut.planNo(), principal);
	}
}
