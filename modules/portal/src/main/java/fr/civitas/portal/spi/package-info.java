/** What the portal offers other modules, and the only package of it they may use: error pages in the council's colours. */
package fr.civitas.portal.spi;
