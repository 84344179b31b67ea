package ducha.app.internal.dialogs;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/** 工具 → 首选项…. */
public class PreferencesHandler {

	@Execute
	void open(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		new PreferencesDialog(shell).open();
	}
}
