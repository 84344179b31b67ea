package ducha.cases.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** 申请延期 / 批准延期: the new deadline and the reason. */
final class ExtensionDialog extends FormDialog {

	/** What the user entered. */
	record Entered(LocalDate newDeadline, String reason) {
	}

	private final LocalDate proposed;
	private DateTime deadline;
	private Text reason;
	private Entered entered;

	ExtensionDialog(Shell parent, String title, LocalDate proposed) {
		super(parent, title);
		this.proposed = proposed;
	}

	@Override
	void fields(Composite form) {
		Forms.label(form, Messages.Order_newDeadline);
		deadline = Forms.date(form, "extension.deadline");
		Forms.setDay(deadline, proposed);
		Forms.label(form, Messages.Order_reason);
		reason = Forms.area(form, "extension.reason", 3);
	}

	@Override
	List<String> collect() {
		List<String> missing = new ArrayList<>();
		if (reason.getText().isBlank()) {
			missing.add(Messages.Order_reasonMissing);
		}
		entered = new Entered(Forms.day(deadline), reason.getText().strip());
		return missing;
	}

	Entered entered() {
		return entered;
	}
}
