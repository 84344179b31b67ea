package ducha.inspections.ui.internal;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import ducha.app.ui.DateField;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import ducha.app.ui.Background;
import ducha.app.ui.FileDialogs;
import ducha.app.ui.FormDialog;
import ducha.app.ui.Forms;
import ducha.app.ui.StaffChooser;
import ducha.core.attachments.AttachmentService;
import ducha.core.directory.DepartmentNames;
import ducha.core.directory.Staff;
import ducha.core.security.Principal;
import ducha.inspections.Finding;
import ducha.inspections.Inspection;
import ducha.inspections.InspectionService;

/**
 * 添加问题: a finding of the inspection about one of its departments (and a person of it), with the rectification
 * required by a deadline and, optionally, an evidence file (photo, screenshot, document) stored with it. The
 * person is chosen by name (or left out) from the staff the part read before the form opened.
 */
final class FindingDialog extends FormDialog<Finding> {

	private static final int DEFAULT_DAYS = 15;

	private final InspectionService inspections;
	private final AttachmentService attachments;
	private final Principal principal;
	private final Inspection inspection;
	private final Function<String, String> departmentName;

	private Combo department;
	private StaffChooser person;
	private final List<Staff> staff;
	private final DepartmentNames departments;
	private Text description;
	private Text rectification;
	private DateField deadline;
	private Text evidence;

	FindingDialog(Shell parent, Background background, InspectionService inspections, AttachmentService attachments,
			Principal principal, Inspection inspection, Function<String, String> departmentName, List<Staff> staff,
			DepartmentNames departments) {
		super(parent, background, Messages.findingTitle, inspection.inspectionNo(), Messages.findingMessage);
		this.inspections = inspections;
		this.attachments = attachments;
		this.principal = principal;
		this.inspection = inspection;
		this.departmentName = departmentName;
		this.staff = staff;
		this.departments = departments;
	}

	@Override
	protected void fields(Composite form) {
		department = Forms.choice(form, Messages.fieldDepartment, "finding.department",
				inspection.departments().stream().map(departmentName).toArray(String[]::new));
		department.select(0);
		person = StaffChooser.optional(form, "finding.person", Messages.fieldPerson, staff, departments);
		if (inspection.persons().size() == 1) {
			person.choose(inspection.persons().get(0));
		}
		description = Forms.area(form, Messages.fieldDescription, "finding.description", 3);
		rectification = Forms.area(form, Messages.fieldRectification, "finding.rectification", 2);
		deadline = Forms.date(form, Messages.fieldDeadline, "finding.deadline",
				LocalDate.now().plusDays(DEFAULT_DAYS));
		evidence = Forms.text(form, Messages.fieldEvidence, "finding.evidence");
		Forms.action(form, "finding.browse", Messages.browse).addListener(SWT.Selection, e -> browse());
	}

	private void browse() {
		String file = FileDialogs.open(new FileDialog(getShell(), SWT.OPEN));
		if (file != null) {
			evidence.setText(file);
		}
	}

	@Override
	protected List<String> problems() {
		if (Forms.optional(description) == null) {
			return List.of(Messages.descriptionMissing);
		}
		String file = Forms.optional(evidence);
		if (file != null && !Files.isRegularFile(Path.of(file))) {
			return List.of(Messages.evidenceMissing);
		}
		return Forms.day(deadline).isBefore(inspection.date()) ? List.of(Messages.deadlineBeforeInspection)
				: List.of();
	}

	@Override
	protected Callable<Finding> save() {
		Finding finding = Finding.of(inspection.departments().get(department.getSelectionIndex()),
				person.chosen() == null ? null : person.chosen().staffNo(), Forms.optional(description), Forms.optional(rectification),
				Forms.day(deadline));
		String file = Forms.optional(evidence);
		AttachmentService files = attachments;
		return () -> {
			Finding added = inspections.addFinding(inspection.inspectionNo(), finding, principal);
			if (file != null && files != null) {
				Path path = Path.of(file);
				try (InputStream in = Files.newInputStream(path)) {
					files.store(InspectionService.EVIDENCE_OWNER, added.findingNo(), path.getFileName().toString(), in,
							principal);
				}
			}
			return added;
		};
	}
}
