package dev.lightwork.ui;

import java.net.URL;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.ide.IDE;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The images an IDE workbench declares for the views and dialogs of {@code org.eclipse.ui.ide}: without them the
 * Problems view has no error/warning/info icons, projects no folder icon, wizards no banner and Quick Fix no light
 * bulb. The IDE application declares them in its (internal) workbench advisor; an RCP application must do the same,
 * with the same keys and the IDE bundle's icons.
 */
final class IdeImages {

    private static final String ICONS = "$nl$/icons/full/";
    private static final String ELCL = ICONS + "elcl16/";
    private static final String DLCL = ICONS + "dlcl16/";
    private static final String ETOOL = ICONS + "etool16/";
    private static final String DTOOL = ICONS + "dtool16/";
    private static final String OBJ = ICONS + "obj16/";
    private static final String EVIEW = ICONS + "eview16/";
    private static final String WIZBAN = ICONS + "wizban/";

    /**
     * Key, icon path in org.eclipse.ui.ide, shared. Keys not in {@link IDE.SharedImages} are the values of the IDE's
     * internal {@code IDEInternalWorkbenchImages} constants (that class is internal to the IDE bundles).
     */
    private static final String[][] IMAGES = {
        {"IMG_ETOOL_BUILD_EXEC", ETOOL + "build_exec.png", "false"},
        {"IMG_ETOOL_BUILD_EXEC_HOVER", ETOOL + "build_exec.png", "false"},
        {"IMG_ETOOL_BUILD_EXEC_DISABLED", DTOOL + "build_exec.png", "false"},
        {"IMG_ETOOL_SEARCH_SRC", ETOOL + "search_src.png", "false"},
        {"IMG_ETOOL_SEARCH_SRC_HOVER", ETOOL + "search_src.png", "false"},
        {"IMG_ETOOL_SEARCH_SRC_DISABLED", DTOOL + "search_src.png", "false"},
        {"IMG_ETOOL_NEXT_NAV", ETOOL + "next_nav.png", "false"},
        {"IMG_ETOOL_PREVIOUS_NAV", ETOOL + "prev_nav.png", "false"},
        {"IMG_WIZBAN_NEWPRJ_WIZ", WIZBAN + "newprj_wiz.png", "false"},
        {"IMG_WIZBAN_NEWFOLDER_WIZ", WIZBAN + "newfolder_wiz.png", "false"},
        {"IMG_WIZBAN_NEWFILE_WIZ", WIZBAN + "newfile_wiz.png", "false"},
        {"IMG_WIZBAN_IMPORTDIR_WIZ", WIZBAN + "importdir_wiz.png", "false"},
        {"IMG_WIZBAN_IMPORTZIP_WIZ", WIZBAN + "importzip_wiz.png", "false"},
        {"IMG_WIZBAN_EXPORTDIR_WIZ", WIZBAN + "exportdir_wiz.png", "false"},
        {"IMG_WIZBAN_EXPORTZIP_WIZ", WIZBAN + "exportzip_wiz.png", "false"},
        {"IMG_DLGBAN_SAVEAS_DLG", WIZBAN + "saveas_wiz.png", "false"},
        {"IMG_DLGBAN_QUICKFIX_DLG", WIZBAN + "quick_fix.png", "false"},
        {IDE.SharedImages.IMG_OBJ_PROJECT, OBJ + "prj_obj.png", "true"},
        {IDE.SharedImages.IMG_OBJ_PROJECT_CLOSED, OBJ + "cprj_obj.png", "true"},
        {IDE.SharedImages.IMG_OPEN_MARKER, ELCL + "gotoobj_tsk.png", "true"},
        {"IMG_ELCL_QUICK_FIX_ENABLED", ELCL + "smartmode_co.png", "true"},
        {"IMG_DLCL_QUICK_FIX_DISABLED", DLCL + "smartmode_co.png", "true"},
        {"IMG_OBJS_FIXABLE_WARNING", OBJ + "quickfix_warning_obj.png", "true"},
        {"IMG_OBJS_FIXABLE_ERROR", OBJ + "quickfix_error_obj.png", "true"},
        {"IMG_OBJS_FIXABLE_INFO", OBJ + "quickfix_info_obj.png", "true"},
        {IDE.SharedImages.IMG_OBJS_TASK_TSK, OBJ + "taskmrk_tsk.png", "true"},
        {IDE.SharedImages.IMG_OBJS_BKMRK_TSK, OBJ + "bkmrk_tsk.png", "true"},
        {"IMG_OBJS_COMPLETE_TSK", OBJ + "complete_tsk.png", "true"},
        {"IMG_OBJS_INCOMPLETE_TSK", OBJ + "incomplete_tsk.png", "true"},
        {"IMG_OBJS_WELCOME_ITEM", OBJ + "welcome_item.png", "true"},
        {"IMG_OBJS_WELCOME_BANNER", OBJ + "welcome_banner.png", "true"},
        {"IMG_OBJS_ERROR_PATH", OBJ + "error_tsk.png", "true"},
        {"IMG_OBJS_WARNING_PATH", OBJ + "warn_tsk.png", "true"},
        {"IMG_OBJS_INFO_PATH", OBJ + "info_tsk.png", "true"},
        {"IMG_LCL_FLAT_LAYOUT", ELCL + "flatLayout.png", "true"},
        {"IMG_LCL_HIERARCHICAL_LAYOUT", ELCL + "hierarchicalLayout.png", "true"},
        {"IMG_ETOOL_PROBLEM_CATEGORY", ETOOL + "problem_category.png", "true"},
        {"IMG_ETOOL_PROBLEMS_VIEW", EVIEW + "problems_view.png", "true"},
        {"IMG_ETOOL_PROBLEMS_VIEW_ERROR", EVIEW + "problems_view_error.png", "true"},
        {"IMG_ETOOL_PROBLEMS_VIEW_WARNING", EVIEW + "problems_view_warning.png", "true"},
        {"IMG_ETOOL_PROBLEMS_VIEW_INFO", EVIEW + "problems_view_info.png", "true"},
    };

    private IdeImages() {
    }

    /** Declares every IDE image with the workbench; descriptors are lazy, so nothing is loaded here. */
    static void declare(IWorkbenchConfigurer configurer) {
        Bundle ide = FrameworkUtil.getBundle(IDE.class);
        if (ide == null) {
            return;
        }
        for (String[] image : IMAGES) {
            URL url = FileLocator.find(ide, new org.eclipse.core.runtime.Path(image[1]), null);
            if (url != null) {
                configurer.declareImage(image[0], ImageDescriptor.createFromURL(url), Boolean.parseBoolean(image[2]));
            }
        }
    }
}
