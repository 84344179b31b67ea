package ducha.app.internal.files;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import ducha.app.ui.FileDialogs;
import jakarta.inject.Named;

/**
 * 文件 → 打开导出文件夹: the folder of the last export (or saved document) of this session in the system's file
 * manager, so that a clerk finds the file just written without browsing for it. Enabled once something was saved.
 */
public class OpenExportFolderHandler {

	@CanExecute
	boolean canExecute() {
		return FileDialogs.lastSavedFolder().isPresent();
	}

	@Execute
	void execute(@Optional @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		if (!FileDialogs.openLastSavedFolder() && shell != null) {
			// no file manager (a bare desktop): the path at least, to copy
			MessageDialog.openInformation(shell, Messages.OpenFolder_title, NLS.bind(Messages.OpenFolder_failed,
					FileDialogs.lastSavedFolder().map(Object::toString).orElse("")));
		}
	}
}
