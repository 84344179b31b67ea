package ducha.cli.internal;

import org.osgi.framework.FrameworkUtil;

import picocli.CommandLine.IVersionProvider;

/** {@code ducha-cli --version}: the version of this bundle. */
public final class BundleVersionProvider implements IVersionProvider {

	@Override
	public String[] getVersion() {
		return new String[] { "ducha-cli " + FrameworkUtil.getBundle(getClass()).getVersion() };
	}
}
