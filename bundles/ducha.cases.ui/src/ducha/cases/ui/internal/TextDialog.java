package ducha.cases.ui.internal;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import ducha.app.ui.Background;
import ducha.app.ui.FormDialog;
import ducha.app.ui.Forms;

/**
 * One required text: a note on an order, the result of closing it.
 *
 * @param <T> what storing the text returns
 */
final class TextDialog<T> extends FormDialog<T> {

	private final String label;
	private final Function<String, Callable<T>> store;
	private Text field;

	TextDialog(Shell parent, Background background, String title, String label, Function<String, Callable<T>> store) {
		super(parent, background, title);
		this.label = label;
		this.store = store;
	}

	@Override
	protected void fields(Composite form) {
		field = Forms.area(form, label, "text.value", 4);
	}

	@Override
	protected List<String> problems() {
		return field.getText().isBlank() ? List.of(Messages.Dialog_required) : List.of();
	}

	@Override
	protected Callable<T> save() {
		return store.apply(field.getText().strip());
	}
}
