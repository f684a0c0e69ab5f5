package fr.civitas.portal.web;

import fr.civitas.kernel.tenant.CurrentTenant;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;

/** What every back-office screen works with: the views, the council, who acts, and the request (its form token). */
public abstract class BackOfficeScreen {

    @Inject
    PortalViews views;

    @Inject
    CurrentTenant currentTenant;

    @Context
    SecurityContext security;

    @Context
    HttpServletRequest request;
}
