import { createRouter, createWebHistory } from 'vue-router'
import HomePage from './pages/HomePage.vue'

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/', name: 'home', component: HomePage },
    { path: '/file', name: 'file', component: () => import('./pages/FilePage.vue') },
    { path: '/track/:code?', name: 'track', component: () => import('./pages/TrackPage.vue'), props: true },
    { path: '/:rest(.*)*', name: 'not-found', component: () => import('./pages/NotFoundPage.vue') },
  ],
})
