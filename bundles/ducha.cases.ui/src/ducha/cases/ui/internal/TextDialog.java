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
	private final Callable<Runnable> reread;
	private Text field;

	/**
	 * @param reread for a step on a stored record: reads it again after a refusal because it changed meanwhile
	 *               (see {@link FormDialog#reload()}); null for a dialog that only adds to its record
	 */
	TextDialog(Shell parent, Background background, String title, String label, Function<String, Callable<T>> store,
			Callable<Runnable> reread) {
		super(parent, background, title);
		this.reread = reread;
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

	/** What the user typed stays; only the record the step names is read again. */
	@Override
	protected Callable<Runnable> reload() {
		return reread;
	}
}
