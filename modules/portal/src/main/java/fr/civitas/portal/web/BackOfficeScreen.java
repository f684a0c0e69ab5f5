package fr.civitas.portal.web;

import fr.civitas.identity.spi.FormTokens;
import fr.civitas.identity.spi.PublicAddress;
import fr.civitas.kernel.tenant.CurrentTenant;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;

/**
 * What every back-office screen works with: the views, the council and its public address, who
 * acts, the request, and the form token of the browser.
 */
public abstract class BackOfficeScreen {

    @Inject
    PortalViews views;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    FormTokens formTokens;

    @Inject
    PublicAddress address;

    @Context
    SecurityContext security;

    @Context
    HttpServletRequest request;
}
