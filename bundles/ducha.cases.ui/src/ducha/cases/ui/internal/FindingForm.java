package ducha.cases.ui.internal;

import java.time.LocalDate;
import java.util.Arrays;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Text;

import ducha.cases.FindingType;

/** 登记问题: a review finding of the trial management office; the service checks the case and the staff member. */
final class FindingForm {

	private final Composite control;
	private final Text caseNo;
	private final Combo type;
	private final Text staff;
	private final DateTime found;
	private final Text description;

	FindingForm(Composite parent, ReviewPart.Actions actions) {
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(control);
		Forms.label(control, Messages.Cases_colNo);
		caseNo = Forms.text(control, "finding.case");
		caseNo.setMessage(Messages.Order_caseHint);
		Forms.label(control, Messages.Review_colType);
		type = Forms.combo(control, "finding.type",
				Arrays.stream(FindingType.values()).map(FindingType::label).toArray(String[]::new));
		Forms.label(control, Messages.Review_staffNo);
		staff = Forms.text(control, "finding.staff");
		Forms.label(control, Messages.Review_colDate);
		found = Forms.date(control, "finding.date");
		Forms.label(control, Messages.Review_colDescription);
		description = Forms.area(control, "finding.description", 4);
		Forms.label(control, "");
		Forms.button(control, "finding.add", Messages.Review_addFinding).addListener(SWT.Selection, e -> {
			String no = caseNo.getText().strip();
			FindingType kind = FindingType.values()[type.getSelectionIndex()];
			String staffNo = staff.getText().strip();
			LocalDate day = Forms.day(found);
			String text = description.getText().strip();
			actions.change(Messages.Review_addFinding,
					() -> actions.review().addFinding(no, kind, staffNo, day, text, actions.principal()),
					added -> clear());
		});
	}

	Composite control() {
		return control;
	}

	private void clear() {
		caseNo.setText("");
		staff.setText("");
		description.setText("");
	}
}
