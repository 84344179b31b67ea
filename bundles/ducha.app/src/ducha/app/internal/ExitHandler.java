package ducha.app.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.IWorkbench;

/** 文件 → 退出. */
public class ExitHandler {

	@Execute
	void exit(IWorkbench workbench) {
		workbench.close();
	}
}
