<#-- Civitas layout of the login pages: the council's name, its stylesheet, French first. -->
<#macro registrationLayout bodyClass="" displayInfo=false displayMessage=true displayRequiredFields=false>
<!DOCTYPE html>
<html lang="${(locale.currentLanguageTag)!'fr'}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="robots" content="noindex, nofollow">
  <title>${msg("loginAccountTitle")} — ${realm.displayName!realm.name}</title>
  <#if properties.stylesCommon?has_content>
    <#list properties.stylesCommon?split(' ') as style>
  <link href="${url.resourcesCommonPath}/${style}" rel="stylesheet">
    </#list>
  </#if>
  <#if properties.styles?has_content>
    <#list properties.styles?split(' ') as style>
  <link href="${url.resourcesPath}/${style}" rel="stylesheet">
    </#list>
  </#if>
  <link href="${properties.civitasPlatformUrl}/t/${realm.name}/theme/login.css" rel="stylesheet">
  <script type="module" src="${url.resourcesPath}/js/passwordVisibility.js"></script>
</head>
<body class="civitas-connexion ${bodyClass}">
  <a class="civitas-evitement" href="#contenu">Aller au contenu</a>
  <header class="civitas-entete">
    <p class="civitas-collectivite">${realm.displayName!realm.name}</p>
  </header>
  <main id="contenu" class="civitas-carte">
    <h1 id="kc-page-title"><#nested "header"></h1>
    <#if displayRequiredFields>
      <p class="civitas-obligatoire"><span aria-hidden="true">*</span> ${msg("requiredFields")}</p>
    </#if>
    <#if displayMessage && message?has_content && (message.type != 'warning' || !isAppInitiatedAction??)>
      <div class="civitas-message civitas-message-${message.type}" role="alert">${kcSanitize(message.summary)?no_esc}</div>
    </#if>
    <#nested "show-username">
    <#nested "form">
    <#if auth?has_content && auth.showTryAnotherWayLink()>
      <form id="kc-select-try-another-way-form" action="${url.loginAction}" method="post">
        <input type="hidden" name="tryAnotherWay" value="on">
        <button type="submit" class="civitas-lien">${msg("doTryAnotherWay")}</button>
      </form>
    </#if>
    <#nested "socialProviders">
    <#if displayInfo>
      <div id="kc-info" class="civitas-info"><#nested "info"></div>
    </#if>
  </main>
  <footer class="civitas-pied">
    <p>${realm.displayName!realm.name} — connexion sécurisée</p>
  </footer>
</body>
</html>
</#macro>
