package ducha.cases.ui.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

import org.eclipse.swt.widgets.Composite;
import ducha.app.ui.DateField;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import ducha.app.ui.Background;
import ducha.app.ui.FormDialog;
import ducha.app.ui.Forms;

/**
 * 申请延期 / 批准延期: the new deadline and the reason.
 *
 * @param <T> what storing the extension returns
 */
final class ExtensionDialog<T> extends FormDialog<T> {

	/** What the user entered. */
	record Entered(LocalDate newDeadline, String reason) {
	}

	private final LocalDate proposed;
	private final Function<Entered, Callable<T>> store;
	private final Callable<Runnable> reread;
	private DateField deadline;
	private Text reason;

	/**
	 * @param reread for a step on a stored record: reads it again after a refusal because it changed meanwhile
	 *               (see {@link FormDialog#reload()}); null for a dialog that only adds to its record
	 */
	ExtensionDialog(Shell parent, Background background, String title, LocalDate proposed,
			Function<Entered, Callable<T>> store, Callable<Runnable> reread) {
		super(parent, background, title);
		this.reread = reread;
		this.proposed = proposed;
		this.store = store;
	}

	@Override
	protected void fields(Composite form) {
		deadline = Forms.date(form, Messages.Order_newDeadline, "extension.deadline", proposed);
		reason = Forms.area(form, Messages.Order_reason, "extension.reason", 3);
	}

	@Override
	protected List<String> problems() {
		return reason.getText().isBlank() ? List.of(Messages.Order_reasonMissing) : List.of();
	}

	@Override
	protected Callable<T> save() {
		return store.apply(new Entered(Forms.day(deadline), reason.getText().strip()));
	}

	/** What the user typed stays; only the record the step names is read again. */
	@Override
	protected Callable<Runnable> reload() {
		return reread;
	}
}
