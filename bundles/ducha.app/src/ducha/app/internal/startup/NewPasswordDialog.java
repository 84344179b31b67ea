package ducha.app.internal.startup;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** A start-up dialog that sets a password: typed twice, and both must agree before the service is asked. */
abstract class NewPasswordDialog extends AccountDialog {

	private Text repeated;

	NewPasswordDialog(Shell parent, Texts texts) {
		super(parent, texts);
	}

	@Override
	void moreFields(Composite form) {
		repeated = field(form, Messages.FirstAdmin_repeat, SWT.BORDER | SWT.PASSWORD);
	}

	@Override
	String problem() {
		if (password().equals(repeated.getText())) {
			return null;
		}
		repeated.selectAll();
		repeated.setFocus();
		return Messages.FirstAdmin_passwordsDiffer;
	}
}
