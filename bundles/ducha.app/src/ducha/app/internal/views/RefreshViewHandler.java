package ducha.app.internal.views;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;

import ducha.app.ui.Refreshable;
import jakarta.inject.Named;

/** F5 (文件 → 刷新): the active view reads its data again, when it is {@link Refreshable}. */
public class RefreshViewHandler {

	@CanExecute
	boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part,
			@Optional @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		return ActiveView.of(part, shell).map(MPart::getObject).filter(Refreshable.class::isInstance).isPresent();
	}

	@Execute
	void execute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part,
			@Optional @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		ActiveView.of(part, shell).map(MPart::getObject).filter(Refreshable.class::isInstance)
				.map(Refreshable.class::cast).ifPresent(Refreshable::refresh);
	}
}
