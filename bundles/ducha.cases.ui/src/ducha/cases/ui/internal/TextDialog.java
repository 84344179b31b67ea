package ducha.cases.ui.internal;

import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** One required text: a note on an order, the result of closing it. */
final class TextDialog extends FormDialog {

	private final String label;
	private Text field;
	private String entered;

	TextDialog(Shell parent, String title, String label) {
		super(parent, title);
		this.label = label;
	}

	@Override
	void fields(Composite form) {
		Forms.label(form, label);
		field = Forms.area(form, "text.value", 4);
	}

	@Override
	List<String> collect() {
		entered = field.getText().strip();
		return entered.isEmpty() ? List.of(Messages.Dialog_required) : List.of();
	}

	String entered() {
		return entered;
	}
}
