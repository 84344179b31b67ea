package ducha.cases.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import ducha.cases.SupervisionLevel;

/** 新建督办: the case, the level, the deadline, the responsible person's 工号 and what must be done. */
final class OrderDialog extends FormDialog {

	/** What the user entered. */
	record Entered(String caseNo, SupervisionLevel level, LocalDate deadline, String responsibleNo, String subject) {
	}

	private final String initialCase;
	private Text caseNo;
	private Combo level;
	private DateTime deadline;
	private Text responsible;
	private Text subject;
	private Entered entered;

	OrderDialog(Shell parent, String initialCase) {
		super(parent, Messages.Order_newTitle);
		this.initialCase = initialCase;
	}

	@Override
	void fields(Composite form) {
		Forms.label(form, Messages.Cases_colNo);
		caseNo = Forms.text(form, "order.case");
		caseNo.setMessage(Messages.Order_caseHint);
		if (initialCase != null) {
			caseNo.setText(initialCase);
		}
		Forms.label(form, Messages.Order_colLevel);
		level = Forms.combo(form, "order.level",
				Arrays.stream(SupervisionLevel.values()).map(SupervisionLevel::label).toArray(String[]::new));
		Forms.label(form, Messages.Order_colDeadline);
		deadline = Forms.date(form, "order.deadline");
		Forms.setDay(deadline, LocalDate.now().plusDays(30));
		Forms.label(form, Messages.Order_responsibleNo);
		responsible = Forms.text(form, "order.responsible");
		Forms.label(form, Messages.Order_colSubject);
		subject = Forms.area(form, "order.subject", 3);
	}

	@Override
	List<String> collect() {
		List<String> missing = new ArrayList<>();
		if (caseNo.getText().isBlank()) {
			missing.add(Messages.Order_caseMissing);
		}
		if (responsible.getText().isBlank()) {
			missing.add(Messages.Order_responsibleMissing);
		}
		if (subject.getText().isBlank()) {
			missing.add(Messages.Order_subjectMissing);
		}
		entered = new Entered(caseNo.getText().strip(), SupervisionLevel.values()[level.getSelectionIndex()],
				Forms.day(deadline), responsible.getText().strip(), subject.getText().strip());
		return missing;
	}

	Entered entered() {
		return entered;
	}
}
