package ducha.app.internal.dialogs;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

import ducha.core.security.Principal;

/** 帮助 → 关于…. */
public class AboutHandler {

	@Execute
	void open(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, UISynchronize sync, Principal principal) {
		new AboutDialog(shell, sync, principal).open();
	}
}
