package ducha.app.internal.account;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

import ducha.app.ui.Background;
import ducha.core.security.Principal;
import ducha.core.security.UserService;

/** 文件 → 修改密码…. */
public class OwnPasswordHandler {

	@Execute
	void open(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, Background background, UserService users,
			Principal principal) {
		if (new OwnPasswordDialog(shell, background, users, principal).open() == Window.OK) {
			MessageDialog.openInformation(shell, Messages.OwnPassword_shellTitle, Messages.OwnPassword_done);
		}
	}
}
