import { createRouter, createWebHistory } from 'vue-router'
import HomePage from './pages/HomePage.vue'

// Staff pages are their own chunks: a worker's phone never downloads them.
const staffSession = () => import('./staff/session.js')

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/', name: 'home', component: HomePage },
    { path: '/file', name: 'file', component: () => import('./pages/FilePage.vue') },
    { path: '/file/done/:code', name: 'filed', component: () => import('./pages/FiledPage.vue'), props: true },
    { path: '/chat', name: 'chat', component: () => import('./pages/ChatPage.vue') },
    { path: '/track/:code?', name: 'track', component: () => import('./pages/TrackPage.vue'), props: true },
    {
      path: '/staff',
      component: () => import('./staff/StaffShell.vue'),
      meta: { staff: true },
      children: [
        { path: '', redirect: '/staff/cases' },
        { path: 'login', component: () => import('./staff/StaffLogin.vue'), meta: { public: true } },
        { path: 'hotline', component: () => import('./staff/HotlineConsole.vue') },
        { path: 'cases', component: () => import('./staff/CaseInbox.vue') },
        { path: 'cases/:code', component: () => import('./staff/CasePage.vue'), props: true },
        { path: 'dashboard', component: () => import('./staff/Dashboard.vue') },
        { path: 'accounts', component: () => import('./staff/StaffAccounts.vue') },
      ],
    },
    { path: '/:rest(.*)*', name: 'not-found', component: () => import('./pages/NotFoundPage.vue') },
  ],
})

router.beforeEach(async (to) => {
  if (!to.meta.staff || to.meta.public) return true
  const { staff } = await staffSession()
  return staff.token ? true : { path: '/staff/login', query: { next: to.fullPath } }
})
